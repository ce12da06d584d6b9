package org.annalist.dict;

/** A dictionary file could not be read or has an invalid line; the message names the file and the line. */
public final class DictionaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryException(String location, String problem) {
        super(location + ": " + problem);
    }

    public DictionaryException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
    }
}
