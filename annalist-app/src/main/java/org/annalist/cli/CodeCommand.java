package org.annalist.cli;

import org.annalist.ingest.ArticleReader;
import org.annalist.ingest.ReadProblem;
import org.annalist.model.Event;
import org.annalist.output.EventRecords;
import org.annalist.pipeline.Annalist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code annalist code}: reads articles and prints their events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles into events.",
                "INPUT is a text file (title, optional dateline, paragraphs), a JSONL file of articles, a directory, or - for standard input."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input was read and coded", "2:usage error or bad dictionary",
                "3:some inputs could not be read or coded (the rest were coded)"})
final class CodeCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Option(names = "--format", description = "table (default, readable) or jsonl (one event record per line).")
    Format format = Format.table;

    @Mixin
    CoderOptions options;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or - (standard input).")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        AtomicInteger problems = new AtomicInteger();
        Annalist annalist = options.build();
        EventTable table = format == Format.table ? new EventTable(out) : null;
        AtomicInteger events = new AtomicInteger();
        try (Progress progress = new Progress("Coding", -1)) {
            new ParallelCoder(annalist, options.threads).run(
                    new ArticleReader().read(inputs, (ReadProblem p) -> {
                        problems.incrementAndGet();
                        System.err.println("annalist: " + p.origin() + ": " + p.message());
                    }),
                    result -> {
                        progress.step();
                        if (result.error() != null) {
                            problems.incrementAndGet();
                            System.err.println("annalist: " + result.article().origin() + ": could not be coded: "
                                    + result.error().getMessage());
                            return;
                        }
                        for (Event e : result.analysis().events()) {
                            events.incrementAndGet();
                            if (table != null) {
                                table.print(e);
                            } else {
                                out.println(EventRecords.toJsonLine(e));
                            }
                        }
                        out.flush();
                    });
            System.err.printf("annalist: %d articles, %d events, %d problems%n", progress.done(), events.get(), problems.get());
        }
        out.flush();
        return problems.get() == 0 ? 0 : 3;
    }
}
