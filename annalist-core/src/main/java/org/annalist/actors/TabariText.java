package org.annalist.actors;

import org.annalist.dict.DictionaryException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a TABARI or PETRARCH dictionary with their comments taken out: {@code #}, {@code //} and the
 * old KEDS {@code ;} to the end of the line, {@code <!-- ... -->} on one or several lines, and everything after
 * a {@code ---STOP---} line.
 */
final class TabariText {
    /**
     * A line that still holds something after its comments were removed.
     *
     * @param number   line number in the file, from 1
     * @param text     the rest of the line, stripped
     * @param indented whether the line began with white space (PETRARCH's date-restriction lines do)
     */
    record Line(int number, String text, boolean indented) {
    }

    private TabariText() {
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DictionaryException(path.toString(), "no such file");
        } catch (IOException e) {
            throw new DictionaryException(path.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Splits and cleans the file. {@code latin1Lines} receives the numbers of lines that were not UTF-8 and
     * were read as ISO-8859-1, the usual encoding of older dictionaries.
     */
    static List<Line> lines(byte[] bytes, List<Integer> latin1Lines) {
        List<Line> lines = new ArrayList<>();
        boolean inComment = false;
        int number = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            String raw = decode(bytes, start, end, number, latin1Lines);
            start = end + 1;
            StringBuilder kept = new StringBuilder();
            String rest = raw;
            // XML-style comments may open and close on the same line, several times, or span lines.
            while (!rest.isEmpty()) {
                if (inComment) {
                    int close = rest.indexOf("-->");
                    if (close < 0) {
                        rest = "";
                    } else {
                        rest = rest.substring(close + 3);
                        inComment = false;
                    }
                } else {
                    int open = rest.indexOf("<!--");
                    if (open < 0) {
                        kept.append(rest);
                        rest = "";
                    } else {
                        kept.append(rest, 0, open).append(' ');
                        rest = rest.substring(open + 4);
                        inComment = true;
                    }
                }
            }
            String text = withoutLineComment(kept.toString());
            if (text.strip().equals("---STOP---")) {
                break;
            }
            if (!text.isBlank()) {
                lines.add(new Line(number, text.strip(), Character.isWhitespace(text.charAt(0))));
            }
        }
        return lines;
    }

    private static String withoutLineComment(String line) {
        int cut = line.length();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean slashes = c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/'
                    && (i == 0 || Character.isWhitespace(line.charAt(i - 1)));
            if (c == '#' || c == ';' || slashes) {
                cut = i;
                break;
            }
        }
        return line.substring(0, cut).stripTrailing();
    }

    private static String decode(byte[] bytes, int from, int to, int number, List<Integer> latin1Lines) {
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String line;
        try {
            line = decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            latin1Lines.add(number);
            line = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
