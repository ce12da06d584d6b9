package org.annalist.actors;

import org.annalist.dict.DictionaryFiles;
import org.annalist.dict.DictionaryLine;

import java.nio.file.Path;
import java.util.List;

/**
 * Users' own actor files: the file's first comment line says which of the bundled formats it uses
 * ("# format: countries", "organisations", "agents" or "people"); see docs/dictionaries.md.
 */
final class UserActorFiles {
    private UserActorFiles() {
    }

    static void read(Path path, ActorDictionary.Builder builder) {
        String format = formatOf(path);
        List<DictionaryLine> lines = DictionaryFiles.readFile(path);
        switch (format) {
            case "countries" -> builder.addCountries(lines);
            case "organisations" -> builder.addOrganisations(lines);
            case "agents" -> builder.addAgents(lines);
            case "people" -> builder.addPeople(lines);
            default -> throw new org.annalist.dict.DictionaryException(path + ":1",
                    "unknown format '" + format + "' (expected countries, organisations, agents or people)");
        }
    }

    private static String formatOf(Path path) {
        try (var lines = java.nio.file.Files.lines(path)) {
            return lines.filter(l -> l.startsWith("# format:")).findFirst()
                    .map(l -> l.substring("# format:".length()).strip())
                    .orElseThrow(() -> new org.annalist.dict.DictionaryException(path + ":1",
                            "missing '# format: countries|organisations|agents|people' line"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new org.annalist.dict.DictionaryException(path.toString(), "cannot be read (" + e.getMessage() + ")");
        }
    }
}
