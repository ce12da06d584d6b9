package org.annalist.cli;

/** A problem with what the user asked for; its message is shown as it is, without a stack trace. */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
