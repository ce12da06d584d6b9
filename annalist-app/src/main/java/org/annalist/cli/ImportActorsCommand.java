package org.annalist.cli;

import org.annalist.actors.ActorDictionary;
import org.annalist.actors.TabariDictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code annalist import-actors}: converts a TABARI or PETRARCH dictionary into Annalist's own actor format. */
@Command(name = "import-actors", mixinStandardHelpOptions = true,
        description = {"Convert a TABARI/PETRARCH actor or agent dictionary into Annalist's own actor format.",
                "The converted file goes to standard output (or to --out); each of its lines names the line of FILE "
                        + "it comes from. A summary (entries, people, roles, skipped lines and why) goes to standard "
                        + "error, or to standard output with --out.",
                "The converted file can be reviewed, edited and passed to --actors; --actors also reads FILE itself."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:converted (skipped lines are listed in the summary)", "2:usage error or malformed FILE"})
final class ImportActorsCommand implements Callable<Integer> {
    enum Kind { actors, agents }

    @Option(names = "--kind", required = true, paramLabel = "actors|agents",
            description = "What FILE is: a TABARI actors dictionary or an agents dictionary.")
    Kind kind;

    @Option(names = "--out", paramLabel = "OUT.tsv", description = "Write the converted file here.")
    Path out;

    @Parameters(index = "0", paramLabel = "FILE", description = "The TABARI or PETRARCH dictionary.")
    Path file;

    @Override
    public Integer call() {
        TabariDictionaries.Conversion conversion = TabariDictionaries.read(file,
                kind == Kind.actors ? TabariDictionaries.Kind.ACTORS : TabariDictionaries.Kind.AGENTS);
        // Loading it now means the converted file will not be refused later by --actors.
        conversion.addTo(new ActorDictionary.Builder());
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream summary;
        if (out != null) {
            try {
                Files.writeString(out, conversion.annalistText(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot write " + out + " (" + e.getMessage() + ")");
            }
            summary = stdout;
        } else {
            stdout.print(conversion.annalistText());
            stdout.flush();
            summary = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        }
        printSummary(summary, conversion);
        if (out != null) {
            summary.println("Wrote " + out);
        }
        summary.flush();
        return 0;
    }

    private static void printSummary(PrintStream s, TabariDictionaries.Conversion c) {
        s.printf("%s: %d entries read as a TABARI %s dictionary%n", c.file(), c.entries(), c.kind().name()
                .toLowerCase(java.util.Locale.ROOT));
        s.printf("  %-14s %d%n", "states", c.countries().size());
        s.printf("  %-14s %d%n", "organisations", c.organisations().size());
        s.printf("  %-14s %d%n", "agents", c.agents().size());
        s.printf("  %-14s %d (%d roles)%n", "people", c.persons(), c.people().size());
        list(s, "skipped lines", c.skipped().stream().map(TabariDictionaries.Skipped::toString).toList());
        list(s, "warnings", c.warnings());
    }

    private static void list(PrintStream s, String heading, List<String> items) {
        s.printf("  %-14s %d%n", heading, items.size());
        items.forEach(item -> s.println("    " + item));
    }
}
