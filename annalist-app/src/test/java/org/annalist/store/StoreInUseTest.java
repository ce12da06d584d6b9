package org.annalist.store;

import org.annalist.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A second process on a database another holds: one clear line, exit code 2, and the file stays sound. */
class StoreInUseTest {
    @Test
    void secondProcess_isToldTheStoreIsInUse_andTheFileIsUnharmed(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("annalist.duckdb");
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, IngestCommandTest.NEWS);

        try (ChildJvm holder = ChildJvm.start(List.of("-Xmx256m"), HoldStore.class.getName(), db.toString())) {
            assertThat(holder.await(line -> line.startsWith("open "), 1, Duration.ofSeconds(60)))
                    .as(holder.output()).isTrue();

            for (String[] command : List.of(new String[]{"ingest", news.toString()}, new String[]{"dyad", "USA", "RUS"},
                    new String[]{"events"}, new String[]{"export"})) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                        java.util.stream.Stream.of("--db", db.toString())).toArray(String[]::new);
                CliRun run = CliRun.of(args);
                assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
                assertThat(run.err().strip()).as(String.join(" ", command))
                        .matches("annalist: .*annalist\\.duckdb is in use by another process \\(PID \\d+\\).*")
                        .doesNotContain("\n");
            }

            holder.process().getOutputStream().close();
            assertThat(holder.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.schemaHistory().keySet())
                    .containsExactlyElementsOf(Migrations.STEPS.stream().map(Migrations.Step::version).toList());
            assertThat(store.counts().articles()).isZero();
        }
    }
}
