package org.annalist.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding and the check that tells text input from binary files. */
final class Utf8 {
    /** How many leading bytes of an input are examined to decide whether it is text at all. */
    static final int SNIFF_BYTES = 8192;

    private Utf8() {
    }

    /**
     * Why these leading bytes of an input are not UTF-8 text, or {@code null} when they look like text.
     *
     * @param complete whether the bytes are the whole input; if not, a character cut at the end is not an error
     */
    static String notTextReason(byte[] bytes, boolean complete) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return "binary file (NUL byte at offset " + i + ")";
            }
        }
        int bad = firstInvalid(bytes, complete);
        return bad < 0 ? null : invalidMessage(bytes, bad);
    }

    /** Decodes the whole of {@code bytes}, or explains where it is not UTF-8. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        return decoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** "not valid UTF-8 (byte 0xE9 at offset 12)", for the first bad byte of {@code bytes}. */
    static String invalidMessage(byte[] bytes) {
        int bad = firstInvalid(bytes, true);
        return invalidMessage(bytes, Math.max(bad, 0));
    }

    private static String invalidMessage(byte[] bytes, int offset) {
        String shown = offset < bytes.length ? String.format("byte 0x%02X", bytes[offset] & 0xFF) : "truncated character";
        return "not valid UTF-8 (" + shown + " at offset " + offset + "); save the file as UTF-8";
    }

    /** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
    private static int firstInvalid(byte[] bytes, boolean complete) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // A UTF-8 sequence never decodes to more chars than it has bytes, so the result always fits.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder().decode(in, out, complete);
        return result.isError() ? in.position() : -1;
    }

    static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
