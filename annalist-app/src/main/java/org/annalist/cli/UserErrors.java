package org.annalist.cli;

import org.annalist.dict.DictionaryException;
import org.annalist.store.StoreUnavailableException;
import picocli.CommandLine;

/**
 * Turns the errors a user can cause (a bad dictionary file, a missing file, a store another process has open)
 * into one clear line on standard error and exit code 2; anything else is a bug and keeps its stack trace.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof DictionaryException || e instanceof UserException || e instanceof StoreUnavailableException) {
            cli.getErr().println("annalist: " + e.getMessage());
            return 2;
        }
        cli.getErr().println("annalist: internal error: " + e);
        e.printStackTrace(cli.getErr());
        return 1;
    }
}
