package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void parse_defaults_jsonlInAndOut() {
        JobOptions o = JobOptions.parse("--out", "events", "a.jsonl", "b.jsonl");
        assertThat(o).isEqualTo(new JobOptions(List.of("a.jsonl", "b.jsonl"), "jsonl", "events", "jsonl", 0, false));
    }

    @Test
    void parse_parquetNames_readAsParquet() {
        assertThat(JobOptions.parse("--out", "o", "x.parquet").inputFormat()).isEqualTo("parquet");
        assertThat(JobOptions.parse("--out", "o", "--input-format", "parquet", "dir/").inputFormat())
                .isEqualTo("parquet");
    }

    @Test
    void parse_allOptions() {
        JobOptions o = JobOptions.parse("--format", "parquet", "--partitions", "8", "--statements", "--out", "o", "in");
        assertThat(o.format()).isEqualTo("parquet");
        assertThat(o.partitions()).isEqualTo(8);
        assertThat(o.statements()).isTrue();
    }

    @Test
    void parse_mistakes_sayWhat() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("in.jsonl")))
                .hasMessageContaining("--out");
        assertThat(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out", "o")))
                .hasMessageContaining("no INPUT");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--format", "csv", "--out", "o", "in"))).hasMessageContaining("'csv'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--frmat", "x")))
                .hasMessageContaining("'--frmat'");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--partitions", "two", "--out", "o", "in"))).hasMessageContaining("'two'");
    }
}
