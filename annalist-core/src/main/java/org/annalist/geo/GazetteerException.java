package org.annalist.geo;

/** The gazetteer or its alias file could not be read; the message names the file and the problem. */
public final class GazetteerException extends IllegalStateException {
    GazetteerException(String message) {
        super(message);
    }

    GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
