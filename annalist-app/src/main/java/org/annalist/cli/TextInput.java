package org.annalist.cli;

import org.annalist.model.Article;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;

/** A sentence or short text given on the command line, with the date it should be read as of. */
final class TextInput {
    @Parameters(index = "0", paramLabel = "TEXT", description = "The text to analyse (quote it).")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Read the text as of this date (default: today).")
    LocalDate date;

    Article article() {
        if (text == null || text.isBlank()) {
            throw new UserException("the text to analyse is empty");
        }
        return new Article("text", "", date != null ? date : LocalDate.now(), text.strip(), null, null, "command line");
    }
}
