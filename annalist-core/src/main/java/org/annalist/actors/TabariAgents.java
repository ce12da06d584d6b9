package org.annalist.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH (or TABARI) agent dictionary: {@code PHRASE {PLURALS} [~CODE]} lines, substitution markers
 * ({@code !PERSON! = MAN, MEN}), and combination rules, which are skipped because Annalist combines sectors
 * itself. Each phrase and irregular plural becomes an Annalist agent with the sector of the code's first block.
 */
final class TabariAgents {
    private static final Pattern MARKER_DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=\\s*(.*)");
    private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");
    private static final Pattern ENTRY = Pattern.compile(
            "([^\\[\\]{}~|]+?)\\s*(?:\\{([^{}\\[\\]]*)\\})?\\s*\\[([^\\[\\]]*)\\]");

    private final TabariOutput out;
    private final Map<String, List<String>> markers = new HashMap<>();

    private TabariAgents(TabariOutput out) {
        this.out = out;
    }

    static void read(List<TabariText.Line> lines, TabariOutput out) {
        TabariAgents reader = new TabariAgents(out);
        boolean seenEntry = false;
        String lastSector = null;
        int blockStart = -1;
        for (TabariText.Line line : lines) {
            String text = line.text();
            int number = line.number();
            if (blockStart >= 0) {
                if (text.equalsIgnoreCase("</CombineBlock>")) {
                    out.skip(blockStart, "block of agent combination rules (to line " + number + "): Annalist "
                            + "combines a country and a sector itself");
                    blockStart = -1;
                }
                continue;
            }
            if (text.regionMatches(true, 0, "<CombineBlock>", 0, "<CombineBlock>".length())) {
                blockStart = number;
            } else if (text.regionMatches(true, 0, "<Combine", 0, "<Combine".length())) {
                out.skip(number, "agent combination rule: Annalist combines a country and a sector itself");
            } else if (text.startsWith("<")) {
                out.skip(number, "directive '" + text + "' is not used for agents");
            } else if (MARKER_DEFINITION.matcher(text).matches()) {
                reader.define(text, number);
            } else if (text.startsWith("+")) {
                // Not in PETRARCH's description of agents, but the actors' convention is harmless to accept.
                if (!seenEntry) {
                    throw out.error(number, "a synonym before the first entry");
                }
                if (lastSector == null) {
                    out.skip(number, "synonym of an entry that was skipped");
                } else {
                    reader.add(text.substring(1), lastSector, number);
                }
            } else {
                seenEntry = true;
                lastSector = reader.entry(text, number);
            }
        }
        if (blockStart >= 0) {
            throw out.error(blockStart, "<CombineBlock> without </CombineBlock>");
        }
    }

    private void define(String text, int number) {
        Matcher m = MARKER_DEFINITION.matcher(text);
        m.matches();
        List<String> items = Arrays.stream(m.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            throw out.error(number, "substitution marker !" + m.group(1) + "! has no words after '='");
        }
        markers.put(m.group(1), items);
    }

    /** Reads an entry and returns its sector, or {@code null} when it was skipped. */
    private String entry(String text, int number) {
        Matcher m = ENTRY.matcher(text);
        if (!m.matches()) {
            throw out.error(number, "not an agent entry: expected PHRASE [~CODE], PHRASE {PLURALS} [~CODE] or "
                    + "PHRASE [CODE~]");
        }
        out.entries++;
        String sector = sector(m.group(3).strip(), number);
        if (sector == null) {
            return null;
        }
        add(m.group(1), sector, number);
        if (m.group(2) != null) {
            for (String plural : m.group(2).strip().split("\\s+")) {
                if (!plural.isEmpty()) {
                    add(plural, sector, number);
                }
            }
        }
        return sector;
    }

    private String sector(String code, int number) {
        String blocks;
        if (code.startsWith("~")) {
            blocks = code.substring(1);
        } else if (code.endsWith("~")) {
            blocks = code.substring(0, code.length() - 1);
        } else {
            throw out.error(number, "agent code '" + code + "' must begin or end with '~' ([~MIL], [NGO~]); "
                    + "is this an actors dictionary?");
        }
        if (!TabariCodes.CODE.matcher(blocks).matches()) {
            throw out.error(number, "'" + blocks + "' is not a CAMEO code (three-letter blocks in capitals, "
                    + "such as MIL or GOVFRM)");
        }
        String sector = TabariCodes.sector(blocks.substring(0, 3));
        if (sector == null) {
            out.skip(number, "agent code [" + code + "]: " + blocks.substring(0, 3)
                    + " is not one of Annalist's sectors");
        }
        return sector;
    }

    private void add(String phrase, String sector, int number) {
        for (String expanded : expand(phrase.strip(), number)) {
            String words = TabariCodes.agentPhrase(expanded);
            if (words.codePoints().noneMatch(Character::isLetter)) {
                throw out.error(number, "missing phrase");
            }
            out.agents.add(out.line(number, words, sector));
        }
    }

    private List<String> expand(String phrase, int number) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> items = markers.get(m.group(1));
        if (items == null) {
            throw out.error(number, "substitution marker !" + m.group(1) + "! is not defined above this line");
        }
        List<String> all = new ArrayList<>();
        for (String item : items) {
            all.addAll(expand(phrase.substring(0, m.start()) + item + phrase.substring(m.end()), number));
        }
        return all;
    }
}
