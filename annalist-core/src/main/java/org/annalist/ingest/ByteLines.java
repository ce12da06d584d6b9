package org.annalist.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.util.Arrays;

/**
 * Reads an input line by line as bytes and decodes each line on its own, so that one line with a bad byte
 * costs that line only and the reader carries on with the next. Lines end at LF; a CR before it is dropped.
 */
final class ByteLines implements Closeable {
    /** Longer lines are skipped rather than held in memory: no single article is this long. */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = Utf8.decoder();
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;

    private byte[] line = new byte[4096];
    private int length;
    private boolean tooLong;
    private int number;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (!fill()) {
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                position++; // past the LF
                number++;
                return true;
            }
        }
    }

    /** The 1-based number of the current line. */
    int number() {
        return number;
    }

    /** Whether the current line was longer than {@link #MAX_LINE_BYTES} and so was not kept. */
    boolean tooLong() {
        return tooLong;
    }

    /** Whether the current line holds only spaces, tabs and CR (a line too long to keep is not blank). */
    boolean isBlank() {
        if (tooLong) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The current line without its line ending, or {@code null} when it is not valid UTF-8. */
    String text() {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        try {
            return decoder.decode(ByteBuffer.wrap(line, 0, end)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The current line's bytes, for error messages. */
    byte[] bytes() {
        return Arrays.copyOf(line, length);
    }

    private void append(int from, int to) {
        int n = to - from;
        if (tooLong || n == 0) {
            return;
        }
        if ((long) length + n > MAX_LINE_BYTES) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, Math.min(line.length * 2, MAX_LINE_BYTES)));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
