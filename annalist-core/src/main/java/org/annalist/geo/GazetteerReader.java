package org.annalist.geo;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the gazetteer TSV (see tools/gazetteer/README.md) and the alias file. Every problem becomes a
 * {@link GazetteerException} that names the file and, where it has one, the line.
 */
final class GazetteerReader {
    static final int FIELDS = 10;
    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern FEATURE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

    /** One data row: the place and the spellings it is known by. */
    record Row(Place place, String ascii, List<String> alternates) {
    }

    /** One alias line: an extra spelling and the place it means (GeoNames id, ISO3, or ISO3.admin1). */
    record Alias(String name, String target, int line) {
    }

    private GazetteerReader() {
    }

    static List<Row> readPlaces(String source, InputStream raw, boolean gzip) {
        List<Row> rows = new ArrayList<>(150_000);
        // Strings repeat a great deal (country codes, feature codes, admin codes): share them.
        Map<String, String> shared = new HashMap<>();
        int lineNo = 0;
        try (BufferedReader in = reader(source, raw, gzip)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.indexOf(REPLACEMENT) >= 0) {
                    throw bad(source, lineNo, "not valid UTF-8 text");
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(parseRow(source, lineNo, line, shared));
            }
        } catch (ZipException e) {
            throw new GazetteerException(source + ": not a valid gzip file (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new GazetteerException(source + ": the gzip data is truncated after line " + lineNo, e);
        } catch (IOException e) {
            throw new GazetteerException(source + ": cannot be read after line " + lineNo + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new GazetteerException(source + ": has no places (" + lineNo + " lines, all blank or comments)");
        }
        return rows;
    }

    static List<Alias> readAliases(String source, InputStream raw) {
        List<Alias> aliases = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader in = reader(source, raw, false)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.indexOf(REPLACEMENT) >= 0) {
                    throw new GazetteerException(source + ", line " + lineNo + ": not valid UTF-8 text");
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                    throw new GazetteerException(source + ", line " + lineNo
                            + ": expected alias<TAB>target[<TAB>note], found " + quote(line));
                }
                String target = f[1].trim();
                if (!target.matches("[0-9]{1,12}|[A-Z]{3}|[A-Z]{3}\\.[A-Za-z0-9]+")) {
                    throw new GazetteerException(source + ", line " + lineNo + ": target " + quote(target)
                            + " is neither a GeoNames id, an ISO3 country code nor ISO3.admin1");
                }
                aliases.add(new Alias(f[0].trim(), target, lineNo));
            }
        } catch (IOException e) {
            throw new GazetteerException(source + ": cannot be read after line " + lineNo + ": " + e.getMessage(), e);
        }
        return aliases;
    }

    private static BufferedReader reader(String source, InputStream raw, boolean gzip) throws IOException {
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        // Bad bytes become U+FFFD, which the callers report with the line number; a strict decoder would
        // fail while filling its buffer, lines ahead of the one at fault.
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static Row parseRow(String source, int lineNo, String line, Map<String, String> shared) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw bad(source, lineNo, "expected " + FIELDS + " tab-separated fields, found " + f.length);
        }
        long id = parseLong(source, lineNo, "geonames_id", f[0]);
        String name = f[1].strip();
        if (name.isEmpty()) {
            throw bad(source, lineNo, "empty name");
        }
        String country = f[4];
        if (!ISO3.matcher(country).matches()) {
            throw bad(source, lineNo, "country " + quote(country) + " is not an ISO 3166-1 alpha-3 code");
        }
        String feature = f[6];
        if (!FEATURE.matcher(feature).matches()) {
            throw bad(source, lineNo, "feature code " + quote(feature) + " is not a GeoNames feature code");
        }
        long population = parseLong(source, lineNo, "population", f[7]);
        double lat = parseDouble(source, lineNo, "lat", f[8]);
        double lon = parseDouble(source, lineNo, "lon", f[9]);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw bad(source, lineNo, "coordinates " + lat + "," + lon + " are out of range");
        }
        List<String> alternates = f[3].isEmpty() ? List.of() : List.of(f[3].split("\\|"));
        Place place = new Place(id, name, share(shared, country), share(shared, f[5]), share(shared, feature),
                population, lat, lon);
        return new Row(place, f[2], alternates);
    }

    private static String share(Map<String, String> shared, String s) {
        return shared.computeIfAbsent(s, k -> k);
    }

    private static long parseLong(String source, int lineNo, String field, String value) {
        try {
            long v = Long.parseLong(value);
            if (v < 0) {
                throw bad(source, lineNo, field + " " + quote(value) + " is negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(source, lineNo, field + " " + quote(value) + " is not a whole number");
        }
    }

    private static double parseDouble(String source, int lineNo, String field, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw bad(source, lineNo, field + " " + quote(value) + " is not a number");
        }
    }

    private static GazetteerException bad(String source, int lineNo, String problem) {
        return new GazetteerException(source + ", line " + lineNo + ": " + problem);
    }

    private static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "'" + shown.replace("\t", "\\t") + "'";
    }
}
