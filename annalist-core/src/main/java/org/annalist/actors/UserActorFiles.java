package org.annalist.actors;

import org.annalist.dict.DictionaryException;
import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Users' own actor files (see docs/dictionaries.md, "Users' actor files"). A {@code # format:} line says which
 * of the bundled formats the lines after it use ("countries", "organisations", "agents" or "people"; a file may
 * have several sections), or that the whole file is a TABARI/PETRARCH dictionary ("tabari-actors",
 * "tabari-agents"). A file without a format line is read as TABARI when its first entries look like TABARI's.
 */
final class UserActorFiles {
    private static final Logger LOG = LoggerFactory.getLogger(UserActorFiles.class);
    private static final Pattern FORMAT_LINE = Pattern.compile("#\\s*format:\\s*(.*?)\\s*");
    private static final List<String> OWN_FORMATS = List.of("countries", "organisations", "agents", "people");
    private static final String EXPECTED = "countries, organisations, agents, people, tabari-actors or tabari-agents";

    private record Section(int line, String format) {
    }

    private UserActorFiles() {
    }

    static void read(Path path, ActorDictionary.Builder builder) {
        byte[] bytes = TabariText.bytes(path);
        List<Section> sections = sections(bytes);
        if (sections.isEmpty()) {
            Optional<TabariDictionaries.Kind> kind = TabariDictionaries.detect(bytes);
            if (kind.isEmpty()) {
                throw new DictionaryException(path + ":1", "missing '# format:' line (one of " + EXPECTED + ")");
            }
            readTabari(path, bytes, kind.get(), builder);
            return;
        }
        for (TabariDictionaries.Kind kind : TabariDictionaries.Kind.values()) {
            if (sections.get(0).format().equals(kind.formatName())) {
                if (sections.size() > 1) {
                    throw new DictionaryException(path + ":" + sections.get(1).line(),
                            "a TABARI dictionary cannot share its file with other formats");
                }
                readTabari(path, bytes, kind, builder);
                return;
            }
        }
        List<DictionaryLine> lines = DictionaryFiles.readFile(path);
        if (!lines.isEmpty() && lines.get(0).number() < sections.get(0).line()) {
            throw lines.get(0).error("comes before the '# format:' line");
        }
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            if (!OWN_FORMATS.contains(section.format())) {
                String hint = section.format().startsWith("tabari-")
                        ? "; a TABARI dictionary must be a file of its own" : "";
                throw new DictionaryException(path + ":" + section.line(),
                        "unknown format '" + section.format() + "' (expected " + EXPECTED + ")" + hint);
            }
            int from = section.line();
            int to = s + 1 < sections.size() ? sections.get(s + 1).line() : Integer.MAX_VALUE;
            List<DictionaryLine> part = lines.stream().filter(l -> l.number() > from && l.number() < to).toList();
            switch (section.format()) {
                case "countries" -> builder.addCountries(part);
                case "organisations" -> builder.addOrganisations(part);
                case "agents" -> builder.addAgents(part);
                default -> builder.addPeople(part);
            }
        }
    }

    private static void readTabari(Path path, byte[] bytes, TabariDictionaries.Kind kind,
                                   ActorDictionary.Builder builder) {
        TabariDictionaries.Conversion conversion = TabariDictionaries.read(path.toString(), bytes, kind);
        conversion.addTo(builder);
        if (!conversion.skipped().isEmpty() || !conversion.warnings().isEmpty()) {
            LOG.warn("{}: read as a TABARI {} dictionary: {} entries, {} lines skipped, {} warnings "
                            + "('annalist import-actors' lists them)", path, kind.name().toLowerCase(java.util.Locale.ROOT),
                    conversion.entries(), conversion.skipped().size(), conversion.warnings().size());
        }
    }

    /** The file's {@code # format:} lines; the text is read as ISO-8859-1 here because only ASCII matters. */
    private static List<Section> sections(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FORMAT_LINE.matcher(lines[i].strip());
            if (m.matches()) {
                sections.add(new Section(i + 1, m.group(1)));
            }
        }
        return sections;
    }
}
