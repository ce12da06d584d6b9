package org.annalist.actors;

import org.annalist.dict.DictionaryException;
import org.annalist.dict.DictionaryLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a TABARI dictionary becomes while it is read: Annalist lines of each format, skipped lines and warnings. */
final class TabariOutput {
    final String file;
    final List<DictionaryLine> countries = new ArrayList<>();
    final List<DictionaryLine> organisations = new ArrayList<>();
    final List<DictionaryLine> agents = new ArrayList<>();
    final List<DictionaryLine> people = new ArrayList<>();
    final List<TabariDictionaries.Skipped> skipped = new ArrayList<>();
    int entries;

    private final List<String> notes = new ArrayList<>();
    /** Codes reported once each, however many entries use them, so that a large file gives a short report. */
    private final Map<String, Tally> codeNotes = new LinkedHashMap<>();

    private static final class Tally {
        final String message;
        final int firstLine;
        int count;

        Tally(String message, int firstLine) {
            this.message = message;
            this.firstLine = firstLine;
        }
    }

    TabariOutput(String file) {
        this.file = file;
    }

    DictionaryLine line(int number, String... columns) {
        return new DictionaryLine(file, number, List.of(columns));
    }

    String location(int number) {
        return file + ":" + number;
    }

    DictionaryException error(int number, String problem) {
        return new DictionaryException(location(number), problem);
    }

    void skip(int number, String reason) {
        skipped.add(new TabariDictionaries.Skipped(location(number), reason));
    }

    void note(int number, String warning) {
        notes.add(location(number) + ": " + warning);
    }

    /** A warning about a code, counted rather than repeated. */
    void codeNote(String key, int number, String message) {
        codeNotes.computeIfAbsent(key, k -> new Tally(message, number)).count++;
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(notes);
        for (Tally t : codeNotes.values()) {
            all.add(t.message + " (" + t.count + (t.count == 1 ? " use" : " uses") + ", first at "
                    + location(t.firstLine) + ")");
        }
        return all;
    }
}
