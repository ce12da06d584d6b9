package org.annalist.store;

/**
 * The store cannot be used as asked, for a reason the user can fix: another process has it open, the file is
 * missing or is not an Annalist database, or it was made by a newer Annalist or with other settings.
 * Its message is meant to be shown as it is.
 */
public final class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }
}
