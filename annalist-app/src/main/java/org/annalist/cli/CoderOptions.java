package org.annalist.cli;

import org.annalist.pipeline.Annalist;
import org.annalist.pipeline.AnnalistBuilder;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by every command that runs the coder. */
final class CoderOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "Extra actor dictionary (repeatable; see docs/dictionaries.md). Later files override.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--statements", description = "Also emit public statements (CAMEO 01x), which PLOVER does not count.")
    boolean statements;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    Annalist build() {
        AnnalistBuilder builder = AnnalistBuilder.defaults().statements(statements);
        actorFiles.forEach(builder::actorFile);
        return builder.build();
    }
}
