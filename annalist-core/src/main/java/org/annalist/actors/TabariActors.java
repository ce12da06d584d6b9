package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a TABARI or PETRARCH actor dictionary. Each record is a primary phrase, optional {@code +} synonyms and
 * codes in brackets, either on the primary line (TABARI's older in-line form) or on indented lines below
 * (PETRARCH's form); a code may carry a date restriction. Records with dated codes become people with roles,
 * the others states, organisations or, for a code that is only a sector, agents.
 */
final class TabariActors {
    private record Code(String code, LocalDate from, LocalDate to, boolean dated, int line) {
    }

    private record Span(TabariCodes.Split split, String title, LocalDate from, LocalDate to, int line) {
    }

    private static final class Record {
        final String phrase;
        final int line;
        final List<String> synonyms = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();

        Record(String phrase, int line) {
            this.phrase = phrase;
            this.line = line;
        }
    }

    private final TabariOutput out;

    private TabariActors(TabariOutput out) {
        this.out = out;
    }

    static void read(List<TabariText.Line> lines, TabariOutput out) {
        TabariActors reader = new TabariActors(out);
        Record current = null;
        for (TabariText.Line line : lines) {
            String text = line.text();
            if (text.startsWith("[")) {
                reader.requireEntry(current, line, "codes");
                current.codes.addAll(reader.codes(text, line.number()));
            } else if (text.startsWith("+")) {
                reader.requireEntry(current, line, "a synonym");
                String synonym = text.substring(1).strip();
                if (synonym.contains("[")) {
                    throw out.error(line.number(), "a synonym takes the codes of its entry; write the codes on the "
                            + "entry's line or on indented lines below it");
                }
                current.synonyms.add(reader.phrase(synonym, line.number()));
            } else if (text.startsWith("<")) {
                out.skip(line.number(), "directive '" + text + "' is not used for actors");
            } else {
                if (current != null) {
                    reader.convert(current);
                }
                int bracket = text.indexOf('[');
                String phrase = bracket < 0 ? text : text.substring(0, bracket);
                current = new Record(reader.phrase(phrase, line.number()), line.number());
                if (bracket >= 0) {
                    current.codes.addAll(reader.codes(text.substring(bracket), line.number()));
                }
            }
        }
        if (current != null) {
            reader.convert(current);
        }
    }

    private void requireEntry(Record current, TabariText.Line line, String what) {
        if (current == null) {
            throw out.error(line.number(), what + " before the first entry");
        }
    }

    private String phrase(String text, int number) {
        String phrase = text.strip();
        if (phrase.isEmpty() || phrase.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw out.error(number, "missing phrase");
        }
        for (char c : new char[]{']', '{', '}', '|', '~', '\t'}) {
            if (phrase.indexOf(c) >= 0) {
                throw out.error(number, "unexpected '" + (c == '\t' ? "TAB" : String.valueOf(c)) + "' in phrase '"
                        + phrase + "'");
            }
        }
        return phrase;
    }

    /** Bracketed codes separated by blanks: {@code [RUSGOV 000507-080507] [RUSGOV 120507-]}. */
    private List<Code> codes(String text, int number) {
        List<Code> codes = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == text.length()) {
                return codes;
            }
            if (text.charAt(i) != '[') {
                throw out.error(number, "unexpected '" + text.substring(i) + "' after the codes");
            }
            int close = text.indexOf(']', i);
            if (close < 0) {
                throw out.error(number, "'[' without a closing ']'");
            }
            String inside = text.substring(i + 1, close).strip();
            if (inside.contains("[")) {
                throw out.error(number, "'[' without a closing ']'");
            }
            codes.add(code(inside, number));
            i = close + 1;
        }
    }

    private Code code(String inside, int number) {
        if (inside.isEmpty()) {
            throw out.error(number, "empty brackets: expected [CODE] or [CODE dates]");
        }
        String[] parts = inside.split("\\s+", 2);
        String code = parts[0];
        if (code.startsWith("~") || code.endsWith("~")) {
            throw out.error(number, "'" + code + "' is an agent code; is this an agents dictionary?");
        }
        if (!code.equals(TabariCodes.NULL_CODE) && !TabariCodes.CODE.matcher(code).matches()) {
            throw out.error(number, "'" + code + "' is not a CAMEO code (three-letter blocks in capitals, "
                    + "such as RUS, RUSGOV or IGOUNO)");
        }
        if (parts.length == 1) {
            return new Code(code, null, null, false, number);
        }
        String restriction = parts[1].replaceAll("\\s+", "");
        String usage = "'" + parts[1] + "' is not a date restriction (<YYMMDD, >YYMMDD, YYMMDD-YYMMDD, YYMMDD- "
                + "or -YYMMDD; years may have four digits)";
        LocalDate from;
        LocalDate to;
        if (restriction.startsWith("<")) {
            from = TabariCodes.EARLIEST;
            to = date(restriction.substring(1), number, usage);
        } else if (restriction.startsWith(">")) {
            from = date(restriction.substring(1), number, usage);
            to = null;
        } else {
            int dash = restriction.indexOf('-');
            if (dash < 0 || restriction.length() == 1) {
                throw out.error(number, usage);
            }
            String left = restriction.substring(0, dash);
            String right = restriction.substring(dash + 1);
            from = left.isEmpty() ? TabariCodes.EARLIEST : date(left, number, usage);
            to = right.isEmpty() ? null : date(right, number, usage);
        }
        if (to != null && to.isBefore(from)) {
            throw out.error(number, "'" + parts[1] + "' ends (" + to + ") before it starts (" + from + ")");
        }
        return new Code(code, from, to, true, number);
    }

    private LocalDate date(String text, int number, String usage) {
        LocalDate date = TabariCodes.date(text);
        if (date == null) {
            throw out.error(number, TabariCodes.DATE_LIKE.matcher(text).matches()
                    ? "'" + text + "' is not a valid date (YYMMDD or YYYYMMDD)" : usage);
        }
        return date;
    }

    private void convert(Record r) {
        out.entries++;
        if (r.codes.isEmpty()) {
            out.skip(r.line, "'" + r.phrase + "' has no code");
            return;
        }
        List<Code> real = r.codes.stream().filter(c -> !c.code().equals(TabariCodes.NULL_CODE)).toList();
        if (real.isEmpty()) {
            out.skip(r.line, "'" + r.phrase + "' has TABARI's null code [---], which keeps a phrase from being "
                    + "coded; Annalist has no such entry");
            return;
        }
        List<Code> dated = real.stream().filter(Code::dated).toList();
        List<Code> undated = real.stream().filter(c -> !c.dated()).toList();
        Code fallback = undated.isEmpty() ? null : undated.get(undated.size() - 1);
        if (undated.size() > 1) {
            out.note(r.line, "'" + r.phrase + "' has " + undated.size() + " codes without dates; the last, "
                    + fallback.code() + ", is used, as TABARI does");
        }
        // A dated null code ("not coded then") is not a role, but the code without dates does not apply then either.
        List<Code> silent = r.codes.stream().filter(c -> c.dated() && c.code().equals(TabariCodes.NULL_CODE)).toList();
        if (dated.isEmpty()) {
            undated(r, fallback);
        } else {
            person(r, dated, silent, fallback);
        }
    }

    private TabariCodes.Split split(Code c) {
        TabariCodes.Split split = TabariCodes.split(c.code());
        String first = c.code().substring(0, 3);
        if (split.mapped()) {
            out.codeNote("mapped " + first, c.line(), "old CAMEO code " + first + " read as " + split.code());
        } else if (split.head() == TabariCodes.Head.UNKNOWN) {
            out.codeNote("unknown " + first, c.line(), "code " + first
                    + " is neither a state Annalist knows nor IGO, NGO, IMG or MNC; kept as it is");
        }
        return split;
    }

    /** A person: each dated code is a role; a code without dates fills the time the dated ones leave. */
    private void person(Record r, List<Code> dated, List<Code> silent, Code fallback) {
        String name = TabariCodes.name(r.phrase, true);
        List<Span> spans = new ArrayList<>();
        for (Code c : dated) {
            TabariCodes.Split s = split(c);
            if (s.head() == TabariCodes.Head.SECTOR) {
                out.skip(c.line(), "[" + c.code() + "] of '" + name + "': a role needs a state or organisation "
                        + "code before the sector");
            } else {
                spans.add(new Span(s, c.code(), c.from(), c.to(), c.line()));
            }
        }
        if (fallback != null) {
            TabariCodes.Split s = split(fallback);
            if (s.head() == TabariCodes.Head.SECTOR) {
                out.skip(fallback.line(), "[" + fallback.code() + "] of '" + name + "': a role needs a state or "
                        + "organisation code before the sector");
            } else {
                List<Span> covered = new ArrayList<>(spans);
                silent.forEach(c -> covered.add(new Span(s, c.code(), c.from(), c.to(), c.line())));
                spans.addAll(gaps(covered, s, fallback));
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(Comparator.comparing(Span::from));
        Set<String> aliases = new LinkedHashSet<>();
        r.synonyms.forEach(syn -> aliases.add(TabariCodes.name(syn, true)));
        aliases.remove(name);
        boolean first = true;
        for (Span s : spans) {
            String sector = s.split().sector() != null ? s.split().sector() : roleSector(s.split());
            out.people.add(out.line(s.line(), name, first ? String.join("|", aliases) : "", s.split().code(), sector,
                    s.title(), s.from().toString(), s.to() == null ? "" : s.to().toString()));
            first = false;
        }
    }

    /** TABARI uses the code without dates whenever no dated code applies: before, between and after them. */
    private static List<Span> gaps(List<Span> dated, TabariCodes.Split split, Code fallback) {
        List<Span> sorted = dated.stream().sorted(Comparator.comparing(Span::from)).toList();
        List<Span> gaps = new ArrayList<>();
        String title = fallback.code() + " (when no dated code applies)";
        LocalDate cursor = TabariCodes.EARLIEST;
        for (Span s : sorted) {
            if (s.from().isAfter(cursor)) {
                gaps.add(new Span(split, title, cursor, s.from().minusDays(1), fallback.line()));
            }
            if (s.to() == null) {
                return gaps;
            }
            if (!s.to().isBefore(cursor)) {
                cursor = s.to().plusDays(1);
            }
        }
        gaps.add(new Span(split, title, cursor, null, fallback.line()));
        return gaps;
    }

    /** Annalist's people need a sector; a code without one gets the sector its kind of actor usually has. */
    private static String roleSector(TabariCodes.Split split) {
        return switch (split.code()) {
            case "IGO" -> "GOV";   // officials of intergovernmental organisations, as in Annalist's people.tsv
            case "NGO" -> "NGO";
            case "IMG" -> "REB";
            case "MNC" -> "BUS";
            default -> "CVL";
        };
    }

    private void undated(Record r, Code code) {
        TabariCodes.Split s = split(code);
        if (s.head() == TabariCodes.Head.SECTOR) {
            out.agents.add(out.line(r.line, TabariCodes.agentPhrase(r.phrase), s.sector()));
            r.synonyms.forEach(syn -> out.agents.add(out.line(r.line, TabariCodes.agentPhrase(syn), s.sector())));
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(TabariCodes.name(r.phrase, false));
        r.synonyms.forEach(syn -> names.add(TabariCodes.name(syn, false)));
        if (s.bare() && s.head() != TabariCodes.Head.ORGANISATION) {
            // The state keeps Annalist's canonical name; the phrases become other names of it.
            String canonical = TabariCodes.countryNames().getOrDefault(s.code(), names.iterator().next());
            out.countries.add(out.line(r.line, s.code(), canonical, String.join("|", names)));
            return;
        }
        String name = names.iterator().next();
        names.remove(name);
        String id = TabariCodes.words(r.phrase).toUpperCase(Locale.ROOT).replace(' ', '_');
        out.organisations.add(out.line(r.line, id, s.code(), s.sector() == null ? "" : s.sector(), name,
                String.join("|", names)));
    }
}
