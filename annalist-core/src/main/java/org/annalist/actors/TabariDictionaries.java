package org.annalist.actors;

import org.annalist.dict.DictionaryLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads actor and agent dictionaries written for TABARI or PETRARCH and converts them into Annalist's own actor
 * formats (see docs/dictionaries.md, "Users' actor files").
 */
public final class TabariDictionaries {
    /** Which kind of TABARI dictionary a file is. */
    public enum Kind {
        ACTORS, AGENTS;

        /** The name used in {@code # format:} lines: {@code tabari-actors} or {@code tabari-agents}. */
        public String formatName() {
            return "tabari-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A line of the TABARI file that has no counterpart in Annalist, and why. */
    public record Skipped(String location, String reason) {
        @Override
        public String toString() {
            return location + ": " + reason;
        }
    }

    /**
     * A TABARI file converted: Annalist dictionary lines of each format, each naming the TABARI line it comes
     * from, and what could not be converted.
     *
     * @param file     the TABARI file, as named in locations
     * @param kind     actors or agents
     * @param entries  records read (primary phrases, agent lines)
     * @param warnings conversions the user may want to check (codes kept or mapped, ambiguous records)
     */
    public record Conversion(String file, Kind kind, int entries, List<DictionaryLine> countries,
                             List<DictionaryLine> organisations, List<DictionaryLine> agents,
                             List<DictionaryLine> people, List<Skipped> skipped, List<String> warnings) {
        public Conversion {
            countries = List.copyOf(countries);
            organisations = List.copyOf(organisations);
            agents = List.copyOf(agents);
            people = List.copyOf(people);
            skipped = List.copyOf(skipped);
            warnings = List.copyOf(warnings);
        }

        /** Number of distinct people (names) among the people lines. */
        public int persons() {
            return (int) people.stream().map(l -> l.column(0)).distinct().count();
        }

        /** Adds every converted line to a dictionary; errors and evidence name the TABARI file's lines. */
        public ActorDictionary.Builder addTo(ActorDictionary.Builder builder) {
            return builder.addCountries(countries).addOrganisations(organisations).addAgents(agents)
                    .addPeople(people);
        }

        /**
         * The conversion as one Annalist actor file, a {@code # format:} section per format; every line ends
         * with a comment naming the TABARI line it comes from, for review.
         */
        public String annalistText() {
            String name = Path.of(file).getFileName().toString();
            StringBuilder out = new StringBuilder();
            out.append("# Annalist actor file converted from ").append(name).append(" (")
                    .append(kind.formatName()).append(").\n")
                    .append("# Each line ends with the line of ").append(name).append(" it comes from.\n");
            section(out, "countries", "# iso3\tname\tother names", countries, name);
            section(out, "organisations", "# id\tcode\tsector\tname\taliases", organisations, name);
            section(out, "agents", "# phrase\tsector", agents, name);
            section(out, "people", "# name\taliases\tcode\tsector\trole\tfrom\tto", people, name);
            if (countries.isEmpty() && organisations.isEmpty() && agents.isEmpty() && people.isEmpty()) {
                out.append("\n# format: agents\n");
            }
            return out.toString();
        }

        private static void section(StringBuilder out, String format, String header, List<DictionaryLine> lines,
                                    String name) {
            if (lines.isEmpty()) {
                return;
            }
            out.append("\n# format: ").append(format).append('\n').append(header).append('\n');
            for (DictionaryLine line : lines) {
                List<String> columns = new ArrayList<>(line.columns());
                while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
                    columns.remove(columns.size() - 1);
                }
                out.append(String.join("\t", columns)).append("\t# ").append(name).append(':')
                        .append(line.number()).append('\n');
            }
        }
    }

    /** An upper-case phrase and a bracketed code: how TABARI entries look ({@code RUSSIA [RUS]}, {@code TROOP {} [~MIL]}). */
    private static final Pattern TABARI_ENTRY = Pattern.compile(
            "\\+?[^a-z\\t\\[\\]{}|]*[A-Z][^a-z\\t\\[\\]{}|]*(\\{[^a-z{}\\[\\]]*\\}\\s*)?\\[[^a-z\\t\\[\\]]+\\].*");
    /** A phrase of a TABARI entry whose codes come on the lines below it, or a marker definition. */
    private static final Pattern TABARI_PHRASE = Pattern.compile("\\+?[^a-z\\t\\[\\]{}|]*[A-Z][^a-z\\t\\[\\]{}|]*");
    /** An indented code line of PETRARCH's actor format: {@code [AFGGOV 331108-730717]}. */
    private static final Pattern TABARI_CODE_LINE = Pattern.compile("\\[(?:[A-Z]{3})+(?:\\s[^a-z\\]]*)?\\].*");
    private static final int DETECTION_LINES = 10;

    private TabariDictionaries() {
    }

    /** Reads a TABARI or PETRARCH dictionary of the given kind; a malformed line raises a DictionaryException. */
    public static Conversion read(Path file, Kind kind) {
        return read(file.toString(), TabariText.bytes(file), kind);
    }

    static Conversion read(String file, byte[] bytes, Kind kind) {
        List<Integer> latin1 = new ArrayList<>();
        List<TabariText.Line> lines = TabariText.lines(bytes, latin1);
        TabariOutput out = new TabariOutput(file);
        if (kind == Kind.ACTORS) {
            TabariActors.read(lines, out);
        } else {
            TabariAgents.read(lines, out);
        }
        List<String> warnings = new ArrayList<>();
        if (!latin1.isEmpty()) {
            warnings.add(file + ": not UTF-8, read as ISO-8859-1: line" + (latin1.size() > 1 ? "s " : " ")
                    + latin1.stream().limit(5).map(String::valueOf).collect(Collectors.joining(", "))
                    + (latin1.size() > 5 ? ", ..." : ""));
        }
        warnings.addAll(out.warnings());
        return new Conversion(file, kind, out.entries, out.countries, out.organisations, out.agents, out.people,
                out.skipped, warnings);
    }

    /**
     * Whether a file without a {@code # format:} line looks like a TABARI dictionary: its first data lines are
     * upper-case phrases and the first with brackets holds a code, an agent code when it has a {@code ~}.
     */
    static Optional<Kind> detect(byte[] bytes) {
        List<TabariText.Line> lines = TabariText.lines(bytes, new ArrayList<>());
        for (TabariText.Line line : lines.subList(0, Math.min(DETECTION_LINES, lines.size()))) {
            String text = line.text();
            if (TABARI_ENTRY.matcher(text).matches()) {
                String code = text.substring(text.indexOf('['));
                return Optional.of(code.substring(0, code.indexOf(']')).contains("~") ? Kind.AGENTS : Kind.ACTORS);
            }
            if (TABARI_CODE_LINE.matcher(text).matches()) {
                return Optional.of(Kind.ACTORS);
            }
            if (!TABARI_PHRASE.matcher(text).matches()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
