package org.annalist.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the line-oriented, TAB-separated dictionary files described in docs/dictionaries.md. */
public final class DictionaryFiles {
    private DictionaryFiles() {
    }

    /** Reads a dictionary bundled with Annalist, e.g. {@code "actors/countries.tsv"}. */
    public static List<DictionaryLine> readResource(String name) {
        String resource = "/org/annalist/" + name;
        InputStream in = DictionaryFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DictionaryException(name, "bundled dictionary is missing from the class path");
        }
        return read(name, in);
    }

    /** Reads a user's dictionary file. */
    public static List<DictionaryLine> readFile(Path path) {
        try {
            return read(path.toString(), Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new DictionaryException(path.toString(), "no such file");
        } catch (IOException e) {
            throw new DictionaryException(path.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static List<DictionaryLine> read(String file, InputStream in) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        List<DictionaryLine> lines = new ArrayList<>();
        int number = 0;
        int lineStart = 0;
        // Decoded line by line so that an encoding error is reported on its own line.
        while (lineStart < bytes.length) {
            int lineEnd = lineStart;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
                lineEnd++;
            }
            number++;
            String raw = decode(file, number, bytes, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            String stripped = raw.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            String content = stripTrailingComment(raw);
            List<String> columns = Arrays.stream(content.split("\t", -1)).map(String::trim).toList();
            lines.add(new DictionaryLine(file, number, columns));
        }
        return lines;
    }

    private static String decode(String file, int number, byte[] bytes, int from, int to) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String line = decoder.decode(java.nio.ByteBuffer.wrap(bytes, from, to - from)).toString();
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (CharacterCodingException e) {
            throw new DictionaryException(file + ":" + number, "not valid UTF-8 text");
        }
    }

    /** A trailing "TAB # comment" is a gloss for readers, not data. */
    private static String stripTrailingComment(String raw) {
        int at = raw.indexOf("\t#");
        String content = at < 0 ? raw : raw.substring(0, at);
        // Trailing empty columns are allowed to be omitted, and trailing tabs are harmless.
        return content.replaceAll("[ \t]+$", "");
    }
}
