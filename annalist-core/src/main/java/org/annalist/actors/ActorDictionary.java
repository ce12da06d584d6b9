package org.annalist.actors;

import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything Annalist knows about actors: states, organisations, sector words and people with dated roles,
 * indexed by phrase. Immutable and thread-safe once built.
 */
public final class ActorDictionary {
    public static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "CVL",
            "MED", "BUS", "REF", "HLH", "EDU", "LAB", "REL", "ELI", "SPY", "CRM", "AGR", "NGO", "IGO");
    private static final Set<String> ORG_CODES = Set.of("IGO", "NGO", "IMG", "MNC");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    private static final Pattern PUNCTUATION_SPACE = Pattern.compile(" ?([,.;:'’/()\\-]) ?");

    /** Phrases written without lower-case letters ("US", "WHO", "IS") must match exactly, not "us", "who", "is". */
    private final Map<String, Entry> exact;
    private final Map<String, Entry> folded;
    /** Agent phrases keyed by their lemmas. */
    private final Map<String, Entry> agents;
    private final Map<String, String> countryNames;
    private final int longestPhrase;

    private ActorDictionary(Map<String, Entry> exact, Map<String, Entry> folded, Map<String, Entry> agents,
                            Map<String, String> countryNames) {
        this.exact = Collections.unmodifiableMap(exact);
        this.folded = Collections.unmodifiableMap(folded);
        this.agents = Collections.unmodifiableMap(agents);
        this.countryNames = Collections.unmodifiableMap(countryNames);
        this.longestPhrase = 10;
    }

    private static final org.annalist.dict.Bundled<ActorDictionary> BUNDLED =
            new org.annalist.dict.Bundled<>(() -> new Builder().addBundled().build());

    /** The dictionaries shipped with Annalist, loaded once. */
    public static ActorDictionary bundled() {
        return BUNDLED.get();
    }

    /** Looks up a phrase as written (whitespace ignored). */
    public Entry lookup(String phrase) {
        String key = key(phrase);
        Entry entry = exact.get(key);
        return entry != null ? entry : folded.get(key.toLowerCase(Locale.ROOT));
    }

    /** Looks up a sector word by its lemmas ("foreign minister", "troop"). */
    /** Whether an actor code names a state (ISO3), not an organisation (IGO, NGO, IMG, MNC). */
    static boolean isStateCode(String code) {
        return code != null && ISO3.matcher(code).matches() && !ORG_CODES.contains(code);
    }

    public Entry lookupAgent(String lemmas) {
        return agents.get(agentKey(lemmas));
    }

    /** The canonical name of a state, by ISO3 code. */
    public String countryName(String iso3) {
        return countryNames.get(iso3);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /**
     * The form phrases are compared in: words separated by one space, no space around punctuation that the
     * tokenizer may split off ("Washington, D.C.", "SPLM/A"), no leading "the". Word boundaries are kept, so
     * "Israel is" never reads as "Israelis".
     */
    static String key(String phrase) {
        String spaced = LEADING_THE.matcher(phrase.strip()).replaceFirst("").replaceAll("\\s+", " ");
        return PUNCTUATION_SPACE.matcher(spaced).replaceAll("$1");
    }

    /** Sector words compare hyphens as spaces: "Vice-President" is "vice president". */
    static String agentKey(String phrase) {
        return key(phrase.replace('-', ' ')).toLowerCase(Locale.ROOT);
    }

    /** Assembles a dictionary from the bundled files and users' additions; later entries override earlier ones. */
    public static final class Builder {
        private final Map<String, Entry> exact = new HashMap<>();
        private final Map<String, Entry> folded = new HashMap<>();
        private final Map<String, Entry> agents = new HashMap<>();
        private final Map<String, String> countryNames = new HashMap<>();
        private final Map<String, List<Role>> roles = new LinkedHashMap<>();
        private final Map<String, List<String>> aliases = new LinkedHashMap<>();

        public Builder addBundled() {
            addCountries(DictionaryFiles.readResource("actors/countries.tsv"));
            addOrganisations(DictionaryFiles.readResource("actors/organisations.tsv"));
            addAgents(DictionaryFiles.readResource("actors/agents.tsv"));
            addPeople(DictionaryFiles.readResource("actors/people.tsv"));
            return this;
        }

        /**
         * Adds a user's actor file: Annalist's own formats or a TABARI/PETRARCH dictionary (see docs/dictionaries.md,
         * "Users' actor files").
         */
        public Builder addUserFile(Path path) {
            UserActorFiles.read(path, this);
            return this;
        }

        public Builder addCountries(List<DictionaryLine> lines) {
            for (DictionaryLine line : lines) {
                String iso3 = iso3(line, line.required(0, "iso3"));
                String name = line.required(1, "name");
                countryNames.put(iso3, name);
                Entry country = new Entry(Entry.Kind.COUNTRY, iso3, null, name, null, null, line.location());
                put(name, country);
                line.list(2).forEach(other -> put(other, country));
                Entry adjective = new Entry(Entry.Kind.ADJECTIVE, iso3, null, name, null, null, line.location());
                line.list(3).forEach(adj -> put(adj, adjective));
                for (String metonym : line.list(4)) {
                    int eq = metonym.lastIndexOf('=');
                    String phrase = eq < 0 ? metonym : metonym.substring(0, eq);
                    String sector = eq < 0 ? "GOV" : sector(line, metonym.substring(eq + 1));
                    put(phrase, new Entry(Entry.Kind.METONYM, iso3, sector, name, null, null, line.location()));
                }
            }
            return this;
        }

        public Builder addOrganisations(List<DictionaryLine> lines) {
            for (DictionaryLine line : lines) {
                String id = line.required(0, "id");
                String code = line.required(1, "code");
                if (!ORG_CODES.contains(code) && !ISO3.matcher(code).matches()) {
                    throw line.error("code '" + code + "' is neither one of " + ORG_CODES + " nor an ISO3 code");
                }
                String sector = line.column(2).isEmpty() ? null : sector(line, line.column(2));
                String name = line.required(3, "name");
                Entry entry = new Entry(Entry.Kind.ORGANISATION, code, sector, name, id, null, line.location());
                put(name, entry);
                line.list(4).forEach(alias -> put(alias, entry));
            }
            return this;
        }

        public Builder addAgents(List<DictionaryLine> lines) {
            for (DictionaryLine line : lines) {
                String phrase = line.required(0, "phrase");
                String sector = sector(line, line.required(1, "sector"));
                agents.put(agentKey(phrase),
                        new Entry(Entry.Kind.AGENT, null, sector, phrase, null, null, line.location()));
            }
            return this;
        }

        public Builder addPeople(List<DictionaryLine> lines) {
            for (DictionaryLine line : lines) {
                String name = line.required(0, "name");
                String code = line.required(2, "code");
                if (!ORG_CODES.contains(code) && !ISO3.matcher(code).matches()) {
                    throw line.error("code '" + code + "' is neither one of " + ORG_CODES + " nor an ISO3 code");
                }
                String sector = sector(line, line.required(3, "sector"));
                LocalDate from = date(line, line.required(5, "from"), false);
                LocalDate to = line.column(6).isEmpty() ? null : date(line, line.column(6), true);
                if (to != null && to.isBefore(from)) {
                    throw line.error("role ends (" + to + ") before it starts (" + from + ")");
                }
                roles.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new Role(code, sector, line.column(4), from, to, line.location()));
                aliases.computeIfAbsent(name, k -> new ArrayList<>()).addAll(line.list(1));
            }
            return this;
        }

        public ActorDictionary build() {
            for (var person : roles.entrySet()) {
                Person p = new Person(person.getKey(), person.getValue());
                Entry entry = new Entry(Entry.Kind.PERSON, null, null, p.name(), null, p, p.roles().get(0).entry());
                put(p.name(), entry);
                aliases.get(p.name()).forEach(alias -> put(alias, entry));
            }
            return new ActorDictionary(new HashMap<>(exact), new HashMap<>(folded), new HashMap<>(agents),
                    new HashMap<>(countryNames));
        }

        private void put(String phrase, Entry entry) {
            String key = key(phrase);
            if (key.isEmpty()) {
                return;
            }
            boolean hasLowerCase = key.chars().anyMatch(Character::isLowerCase);
            if (hasLowerCase) {
                folded.merge(key.toLowerCase(Locale.ROOT), entry, Builder::preferred);
            } else {
                exact.merge(key, entry, Builder::preferred);
            }
        }

        /** Two entries for one phrase: the later file wins unless the earlier is a stronger kind ("Georgia" the state vs a person). */
        private static Entry preferred(Entry earlier, Entry later) {
            return later.kind().ordinal() <= earlier.kind().ordinal() ? later : earlier;
        }

        private static String iso3(DictionaryLine line, String code) {
            if (!ISO3.matcher(code).matches()) {
                throw line.error("'" + code + "' is not an ISO 3166-1 alpha-3 code");
            }
            return code;
        }

        private static String sector(DictionaryLine line, String sector) {
            if (!SECTORS.contains(sector)) {
                throw line.error("unknown sector '" + sector + "' (expected one of " + SECTORS + ")");
            }
            return sector;
        }

        private static LocalDate date(DictionaryLine line, String text, boolean endOfPeriod) {
            try {
                if (text.matches("\\d{4}")) {
                    int year = Integer.parseInt(text);
                    return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
                }
                if (text.matches("\\d{4}-\\d{2}")) {
                    LocalDate first = LocalDate.parse(text + "-01");
                    return endOfPeriod ? first.withDayOfMonth(first.lengthOfMonth()) : first;
                }
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw line.error("'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            }
        }
    }
}
