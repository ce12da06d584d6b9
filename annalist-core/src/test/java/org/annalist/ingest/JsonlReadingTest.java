package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonlReadingTest {
    @TempDir
    Path dir;

    private final Reading reading = new Reading();

    private String write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n").toString();
    }

    @Test
    void read_goodLines_giveArticlesWithAllFields() throws IOException {
        String path = write("voa.jsonl",
                "{\"id\": \"voa-1\", \"title\": \" Talks in Moscow \", \"date\": \"2017-04-17\", "
                        + "\"text\": \"Tillerson met Lavrov.\\n\\nThey discussed Syria.\", \"source\": \"VOA\", "
                        + "\"url\": \"https://example.org/1\", \"lang\": \"en\"}",
                "{\"id\": \"voa-2\", \"text\": \"Second.\", \"date\": null}");

        List<Article> articles = reading.read(path);

        assertThat(reading.problems).isEmpty();
        assertThat(articles).containsExactly(
                new Article("voa-1", "Talks in Moscow", LocalDate.of(2017, 4, 17),
                        "Tillerson met Lavrov.\n\nThey discussed Syria.", "VOA", "https://example.org/1", path + ":1"),
                new Article("voa-2", "", null, "Second.", null, null, path + ":2"));
    }

    @Test
    void read_numericId_becomesString() throws IOException {
        String path = write("n.jsonl", "{\"id\": 12345678901234, \"text\": \"x\"}");

        assertThat(reading.read(path)).extracting(Article::id).containsExactly("12345678901234");
    }

    @ParameterizedTest
    @CsvSource({"2017-04-17T10:00:00Z", "2017-04-17T23:30:00-05:00", "2017-04-17T10:00:00", "2017-04-17T10:00:00.123Z"})
    void read_timestampDate_takesDateAsWritten(String timestamp) throws IOException {
        String path = write("t.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"date\": \"" + timestamp + "\"}");

        assertThat(reading.read(path)).extracting(Article::date).containsExactly(LocalDate.of(2017, 4, 17));
        assertThat(reading.problems).isEmpty();
    }

    @Test
    void read_malformedLine_reportsFileAndLineAndSkips() throws IOException {
        Path file = dir.resolve("voa.jsonl");
        write("voa.jsonl",
                "{\"id\": \"1\", \"text\": \"one\"}",
                "{\"id\": \"2\", text: \"two\"}",
                "{\"id\": \"3\", \"text\": \"three\"}",
                "{\"id\": \"4\", \"text\": \"four\"",
                "{\"id\": \"5\", \"text\": \"five\"}");

        List<Article> articles = reading.read(file.toString());

        assertThat(articles).extracting(Article::id).containsExactly("1", "3", "5");
        assertThat(reading.problems).hasSize(2);
        assertThat(reading.problems.get(0).origin()).isEqualTo(file + ":2");
        assertThat(reading.problems.get(0).message())
                .startsWith("not valid JSON at column 13 (Unexpected character ('t'")
                .doesNotContain("\n", "Source");
        assertThat(reading.problems.get(1).origin()).isEqualTo(file + ":4");
        assertThat(reading.problems.get(1).message())
                .startsWith("not valid JSON").contains("end-of-input").doesNotContain("\n", "Source");
        assertThat(reading.problems.get(0).toString()).startsWith(file + ":2: not valid JSON");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"text\": \"x\"}                          | missing \"id\"",
            "{\"id\": null, \"text\": \"x\"}            | missing \"id\"",
            "{\"id\": \" \", \"text\": \"x\"}           | empty \"id\"",
            "{\"id\": true, \"text\": \"x\"}            | \"id\" must be a string or a number",
            "{\"id\": \"a\"}                            | missing \"text\"",
            "{\"id\": \"a\", \"text\": \"\"}            | empty \"text\"",
            "{\"id\": \"a\", \"text\": \" \\n \"}       | empty \"text\"",
            "{\"id\": \"a\", \"text\": [\"x\"]}         | \"text\" must be a string",
            "{\"id\": \"a\", \"text\": \"x\", \"title\": 3} | \"title\" must be a string",
            "{\"id\": \"a\", \"text\": \"x\", \"url\": {}}  | \"url\" must be a string",
            "[1, 2]                                     | not a JSON object",
            "\"text\"                                   | not a JSON object",
            "{\"id\": \"a\", \"text\": \"x\"} {\"id\": \"b\"} | more than one JSON value on the line",
    })
    void read_lineWithBadFields_reportsLineAndSkips(String line, String message) throws IOException {
        String path = write("bad.jsonl", "{\"id\": \"ok\", \"text\": \"fine\"}", line.strip());

        List<Article> articles = reading.read(path);

        assertThat(articles).extracting(Article::id).containsExactly("ok");
        assertThat(reading.problems).containsExactly(new ReadProblem(path + ":2", message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"2017-02-30\"           | bad \"date\" \"2017-02-30\" (expected YYYY-MM-DD)",
            "\"17/04/2017\"           | bad \"date\" \"17/04/2017\" (expected YYYY-MM-DD)",
            "\"April 17, 2017\"       | bad \"date\" \"April 17, 2017\" (expected YYYY-MM-DD)",
            "\"2017-04-17T25:00:00Z\" | bad \"date\" \"2017-04-17T25:00:00Z\" (expected YYYY-MM-DD)",
            "20170417                 | \"date\" must be a string YYYY-MM-DD",
    })
    void read_badDate_reportsLineAndSkips(String date, String message) throws IOException {
        String path = write("dates.jsonl",
                "{\"id\": \"a\", \"text\": \"x\", \"date\": " + date.strip() + "}",
                "{\"id\": \"b\", \"text\": \"y\", \"date\": \"\"}");

        List<Article> articles = reading.read(path);

        assertThat(articles).extracting(Article::id).containsExactly("b");
        assertThat(articles.get(0).date()).isNull();
        assertThat(reading.problems).containsExactly(new ReadProblem(path + ":1", message));
    }

    @Test
    void read_blankLines_skippedSilentlyAndLineNumbersKept() throws IOException {
        String path = write("gaps.jsonl", "", "{\"id\": \"a\", \"text\": \"x\"}", "   ", "\t", "{\"id\": \"b\", \"text\": \"y\"}");

        List<Article> articles = reading.read(path);

        assertThat(reading.problems).isEmpty();
        assertThat(articles).extracting(Article::origin).containsExactly(path + ":2", path + ":5");
    }

    @Test
    void read_crlfLinesByteOrderMarkAndNoFinalNewline_readAll() throws IOException {
        Path path = dir.resolve("win.ndjson");
        Files.writeString(path, "\uFEFF{\"id\": \"a\", \"text\": \"x\"}\r\n{\"id\": \"b\", \"text\": \"y\"}");

        assertThat(reading.read(path.toString())).extracting(Article::id).containsExactly("a", "b");
        assertThat(reading.problems).isEmpty();
    }

    @Test
    void read_upperCaseExtension_isJsonl() throws IOException {
        String path = write("FEED.JSONL", "{\"id\": \"a\", \"text\": \"x\"}");

        assertThat(reading.read(path)).extracting(Article::id).containsExactly("a");
    }

    @Test
    void read_emptyJsonlFile_reportsEmptyFile() throws IOException {
        String empty = Files.writeString(dir.resolve("empty.jsonl"), "").toString();
        String blank = write("blank.jsonl", "", "  ", "");

        assertThat(reading.read(empty, blank)).isEmpty();

        assertThat(reading.problems).containsExactly(
                new ReadProblem(empty, "empty file"), new ReadProblem(blank, "empty file"));
    }

    @Test
    void read_invalidUtf8LineAfterFirstKilobytes_reportsLineAndContinues() throws IOException {
        String good = "{\"id\": \"%d\", \"text\": \"" + "x".repeat(100) + "\"}\n";
        StringBuilder start = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            start.append(good.formatted(i));
        }
        byte[] bad = "{\"id\": \"bad\", \"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path path = dir.resolve("mixed.jsonl");
        Files.write(path, start.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(path, bad, StandardOpenOption.APPEND);
        Files.writeString(path, good.formatted(102), StandardOpenOption.APPEND);

        List<Article> articles = reading.read(path.toString());

        assertThat(articles).hasSize(101).last().extracting(Article::id).isEqualTo("102");
        assertThat(reading.problems).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(path + ":101");
            assertThat(p.message()).startsWith("not valid UTF-8 (byte 0xE9");
        });
    }

    @Test
    void read_twentyThousandLines_allRead() throws IOException {
        String path = write("big.jsonl", IntStream.rangeClosed(1, 20_000)
                .mapToObj(i -> "{\"id\": " + i + ", \"text\": \"Article number " + i + ".\"}")
                .toArray(String[]::new));

        List<Article> articles = reading.read(path);

        assertThat(articles).hasSize(20_000);
        assertThat(articles.get(19_999).origin()).isEqualTo(path + ":20000");
    }

    @Test
    void read_endlessJsonl_isReadLazily() {
        // An input that never ends: only a lazy reader can hand out its first articles.
        InputStream endless = new InputStream() {
            private long n;
            private byte[] line = new byte[0];
            private int pos;

            @Override
            public int read() {
                if (pos == line.length) {
                    line = ("{\"id\": " + (++n) + ", \"text\": \"x\"}\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return line[pos++];
            }
        };
        ArticleReader reader = new ArticleReader(endless);

        try (Stream<Article> articles = reader.read(List.of("-"), p -> { })) {
            assertThat(articles.limit(3).map(Article::id).collect(Collectors.toList())).containsExactly("1", "2", "3");
        }
    }
}
