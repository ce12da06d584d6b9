package org.annalist.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An offline gazetteer of GeoNames places, countries and first-level regions, indexed in memory by name.
 * The bundled one ({@link #bundled()}) ships inside annalist-core; see tools/gazetteer/README.md.
 */
public final class Gazetteer {
    static final String BUNDLED = "org/annalist/geo/gazetteer.tsv.gz";
    static final String BUNDLED_ALIASES = "org/annalist/geo/aliases.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);

    /**
     * How a name matched a place; later constants are better matches. A near alternate is a variant of the
     * place's own name ("Kiev" for Kyiv, "Deir al-Zour"); a far one is another name altogether ("Cologne" for
     * Köln, but also "Rome" for Washington, D.C.).
     */
    enum Quality { FAR_ALTERNATE, NEAR_ALTERNATE, NAME, ALIAS }

    /** A place found under a name, and how. */
    record Match(Place place, Quality quality) {
    }

    private static final Quality[] QUALITIES = Quality.values();
    /** A broken resource surfaces as the GazetteerException itself on every call, not once as an initializer error. */
    private static final org.annalist.dict.Bundled<Gazetteer> BUNDLED_GAZETTEER =
            new org.annalist.dict.Bundled<>(Gazetteer::loadBundled);

    private final String source;
    private final Place[] places;
    /** Normalized name to the places it names, each packed as {@code index << 2 | quality ordinal}. */
    private final Map<String, int[]> index;
    /** ISO3 to the country's row, and "ISO3.admin1" to the region's row. */
    private final Map<String, Integer> countryRows = new HashMap<>();
    private final Map<String, Integer> regionRows = new HashMap<>();
    private int unresolvedAliases;

    private Gazetteer(String source, List<GazetteerReader.Row> rows, String aliasSource,
                      List<GazetteerReader.Alias> aliases) {
        this.source = source;
        this.places = new Place[rows.size()];
        this.index = new HashMap<>(rows.size() * 4);
        Map<Long, Integer> byId = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            GazetteerReader.Row row = rows.get(i);
            Place p = row.place();
            places[i] = p;
            if (p.geonamesId() != 0) {
                byId.put(p.geonamesId(), i);
            }
            if (p.isCountry()) {
                countryRows.putIfAbsent(p.country(), i);
            } else if (p.isRegion()) {
                regionRows.putIfAbsent(regionKey(p.country(), p.admin1()), i);
            }
            indexNames(i, row);
        }
        addAliases(aliasSource, aliases, byId);
    }

    /** The gazetteer shipped in annalist-core, loaded on first use and shared. */
    public static Gazetteer bundled() {
        return BUNDLED_GAZETTEER.get();
    }

    /** Reads a gazetteer TSV (gzipped when the name ends in ".gz"), with the bundled alias list. */
    public static Gazetteer load(Path file) {
        return load(file, null);
    }

    /** Reads a gazetteer TSV and an alias file; {@code aliases} may be {@code null} for the bundled list. */
    public static Gazetteer load(Path file, Path aliases) {
        long start = System.nanoTime();
        long heapBefore = heapInUse();
        String source = file.toString();
        List<GazetteerReader.Row> rows;
        try (InputStream in = Files.newInputStream(file)) {
            rows = GazetteerReader.readPlaces(source, in, source.endsWith(".gz"));
        } catch (NoSuchFileException e) {
            throw new GazetteerException(source + ": file not found");
        } catch (IOException e) {
            throw new GazetteerException(source + ": cannot be opened: " + e.getMessage(), e);
        }
        Gazetteer g = aliases == null
                ? new Gazetteer(source, rows, "classpath:" + BUNDLED_ALIASES, bundledAliases())
                : new Gazetteer(source, rows, aliases.toString(), readAliases(aliases));
        g.logLoaded(start, heapBefore);
        return g;
    }

    /**
     * Every place that goes by this name, in any of its spellings, case and accents ignored;
     * empty when none does.
     */
    public List<Place> lookup(String name) {
        return matches(Names.normalize(name)).stream().map(Match::place).toList();
    }

    /** The country row for an ISO 3166-1 alpha-3 code. */
    public Optional<Place> country(String iso3) {
        Integer row = countryRows.get(iso3);
        return row == null ? Optional.empty() : Optional.of(places[row]);
    }

    /** The first-level region row for a country and a GeoNames admin1 code ("USA", "TX"). */
    public Optional<Place> region(String iso3, String admin1) {
        if (admin1 == null || admin1.isEmpty()) {
            return Optional.empty();
        }
        Integer row = regionRows.get(regionKey(iso3, admin1));
        return row == null ? Optional.empty() : Optional.of(places[row]);
    }

    /** Number of rows: places, regions and countries. */
    public int size() {
        return places.length;
    }

    /** Where it was read from, for messages. */
    public String source() {
        return source;
    }

    /** Places under an already normalized name, with how each matched. */
    List<Match> matches(String key) {
        int[] packed = index.get(key);
        if (packed == null) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(packed.length);
        for (int p : packed) {
            out.add(new Match(places[p >>> 2], QUALITIES[p & 3]));
        }
        return out;
    }

    int unresolvedAliases() {
        return unresolvedAliases;
    }

    private void indexNames(int i, GazetteerReader.Row row) {
        Place p = row.place();
        String nameKey = Names.normalize(p.name());
        add(nameKey, i, Quality.NAME);
        String asciiKey = row.ascii().isEmpty() ? nameKey : Names.normalize(row.ascii());
        add(asciiKey, i, Quality.NAME);
        for (String alt : row.alternates()) {
            String key = Names.normalize(alt);
            boolean near = Names.isVariant(key, nameKey) || Names.isVariant(key, asciiKey);
            add(key, i, near ? Quality.NEAR_ALTERNATE : Quality.FAR_ALTERNATE);
        }
        if (p.isRegion()) {
            // "Borno State" is called "Borno"; the kind word is not part of the name in use.
            String bare = Names.withoutRegionWord(nameKey);
            if (bare != null) {
                add(bare, i, Quality.NAME);
            }
        }
        if (Names.ARABIC_NAMED.contains(p.country())) {
            // GeoNames writes "Al Qāmishlī" and "Ar Raqqah"; news often drops the article.
            String bare = Names.withoutArabicArticle(nameKey);
            if (bare != null) {
                add(bare, i, Quality.NEAR_ALTERNATE);
            }
        }
    }

    private void add(String key, int placeIndex, Quality quality) {
        if (key.isEmpty()) {
            return;
        }
        int packed = placeIndex << 2 | quality.ordinal();
        int[] current = index.get(key);
        if (current == null) {
            index.put(key, new int[] {packed});
            return;
        }
        for (int j = 0; j < current.length; j++) {
            if (current[j] >>> 2 == placeIndex) {
                if ((current[j] & 3) < quality.ordinal()) {
                    current[j] = packed;
                }
                return;
            }
        }
        int[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = packed;
        index.put(key, grown);
    }

    private void addAliases(String aliasSource, List<GazetteerReader.Alias> aliases, Map<Long, Integer> byId) {
        for (GazetteerReader.Alias alias : aliases) {
            String t = alias.target();
            Integer target;
            if (Character.isDigit(t.charAt(0))) {
                target = byId.get(Long.parseLong(t));
            } else {
                target = t.length() == 3 ? countryRows.get(t) : regionRows.get(t);
            }
            if (target == null) {
                // Normal for a small or custom gazetteer; the bundled pair is checked by a test.
                unresolvedAliases++;
                LOG.debug("{}, line {}: alias target {} is not in {}", aliasSource, alias.line(), t, source);
                continue;
            }
            add(Names.normalize(alias.name()), target, Quality.ALIAS);
        }
    }

    private static String regionKey(String iso3, String admin1) {
        return iso3 + "." + admin1;
    }

    private void logLoaded(long startNanos, long heapBefore) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        long heapMb = Math.max(0, heapInUse() - heapBefore) >> 20;
        LOG.info("Loaded gazetteer {}: {} rows ({} countries, {} regions), {} names in {} ms; heap in use grew by "
                        + "about {} MB (before garbage collection){}",
                source, places.length, countryRows.size(), regionRows.size(), index.size(), ms, heapMb,
                unresolvedAliases == 0 ? "" : "; " + unresolvedAliases + " aliases name places not in it");
    }

    private static long heapInUse() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<GazetteerReader.Alias> bundledAliases() {
        String source = "classpath:" + BUNDLED_ALIASES;
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(BUNDLED_ALIASES)) {
            if (in == null) {
                throw new GazetteerException(source + ": not found on the classpath (is annalist-core complete?)");
            }
            return GazetteerReader.readAliases(source, in);
        } catch (IOException e) {
            throw new GazetteerException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<GazetteerReader.Alias> readAliases(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return GazetteerReader.readAliases(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new GazetteerException(file + ": file not found");
        } catch (IOException e) {
            throw new GazetteerException(file + ": cannot be opened: " + e.getMessage(), e);
        }
    }

    private static Gazetteer loadBundled() {
        long start = System.nanoTime();
        long heapBefore = heapInUse();
        String source = "classpath:" + BUNDLED;
        List<GazetteerReader.Row> rows;
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new GazetteerException(source + ": not found on the classpath (is annalist-core complete?)");
            }
            rows = GazetteerReader.readPlaces(source, in, true);
        } catch (IOException e) {
            throw new GazetteerException(source + ": cannot be read: " + e.getMessage(), e);
        }
        Gazetteer g = new Gazetteer(source, rows, "classpath:" + BUNDLED_ALIASES, bundledAliases());
        g.logLoaded(start, heapBefore);
        return g;
    }
}
