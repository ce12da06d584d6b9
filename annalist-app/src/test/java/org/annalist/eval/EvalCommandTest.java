package org.annalist.eval;

import org.annalist.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EvalCommandTest {
    /** The development half of the PLOVER gold standard; present on developer machines and in CI, not in a bare clone. */
    private static final Path DEV = Path.of("..", "..", "shared", "eval", "plover-gsr-dev.json");
    /** Raised as the coder improves; CI fails when the coder falls below them. */
    static final double MIN_TYPE_F1 = 0.80;
    static final double MIN_TUPLE_RECALL = 0.70;
    static final double MIN_SOURCE_RECALL = 0.85;

    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new String[]{String.valueOf(code), out.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void eval_smallGoldFile_printsPerTypeAndOverallFigures(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                [{"id": "g1", "event": "DISAPPROVE", "text": "Brazil condemned Venezuela on Monday.",
                  "source": [{"actorText": "Brazil", "code": "BRA"}], "target": [{"actorText": "Venezuela", "code": "VEN"}]},
                 {"id": "g2", "event": "FIGHT", "text": "Ethiopian troops shelled Eritrean positions near the border.",
                  "source": [{"actorText": "Ethiopian troops", "code": "ETH", "sector": "MIL"}], "target": ""}]
                """);
        String[] result = run("eval", gold.toString());
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("ACCUSE").contains("ASSAULT").containsPattern("ALL\\s+2\\s+");
    }

    @Test
    void eval_missingFile_isAUsageError(@TempDir Path dir) {
        assertThat(run("eval", dir.resolve("nope.json").toString())[0]).isEqualTo("2");
    }

    @Test
    void eval_ploverDev_staysAboveTheFloor() {
        assumeTrue(Files.isRegularFile(DEV), "shared/eval/plover-gsr-dev.json is not present");
        String[] result = run("eval", DEV.toString(), "--min-f1", String.valueOf(MIN_TYPE_F1),
                "--min-tuple-recall", String.valueOf(MIN_TUPLE_RECALL),
                "--min-source-recall", String.valueOf(MIN_SOURCE_RECALL));
        System.err.println(result[1]);
        assertThat(result[0]).as(result[1]).isEqualTo("0");
    }
}
