package org.annalist.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annalist} command line. */
@Command(name = "annalist", mixinStandardHelpOptions = true, version = "Annalist 0.1.0",
        description = "Political event data from news text: who did what to whom, when and where.",
        subcommands = {CodeCommand.class, IngestCommand.class, DyadCommand.class, EventsCommand.class, TopCommand.class,
                ExportCommand.class, ActorsCommand.class, PlacesCommand.class, ExplainCommand.class,
                ImportActorsCommand.class, EvalCommand.class, BenchCommand.class, SynonymsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 1 software error, 2 usage, 3 some inputs failed. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new UserErrors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
