package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsReadingTest {
    @TempDir
    Path dir;

    private final Reading reading = new Reading();

    private Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, content);
    }

    @Test
    void read_directory_readsBothKindsRecursivelyInSortedOrderSkippingHidden() throws IOException {
        // Sorted name by name: a directory's files come where the directory's name sorts ("a" before "a-z.txt").
        write("corpus/b.txt", "B title\nB text.\n");
        write("corpus/a/feed.jsonl", "{\"id\": \"a1\", \"text\": \"x\"}\n{\"id\": \"a2\", \"text\": \"y\"}\n");
        write("corpus/a-z.txt", "A-Z title\nText.\n");
        write("corpus/a/c/deep.txt", "Deep\nText.\n");
        write("corpus/A.txt", "Upper\nText.\n");
        write("corpus/.hidden.txt", "Hidden\nText.\n");
        write("corpus/.git/config.txt", "Hidden dir\nText.\n");
        Path root = dir.resolve("corpus");

        List<Article> articles = reading.read(root.toString());

        assertThat(reading.problems).isEmpty();
        assertThat(articles).extracting(Article::id)
                .containsExactly("A.txt", "deep.txt", "a1", "a2", "a-z.txt", "b.txt");
        assertThat(articles).extracting(Article::origin).containsExactly(
                root.resolve("A.txt").toString(),
                root.resolve("a/c/deep.txt").toString(),
                root.resolve("a/feed.jsonl") + ":1",
                root.resolve("a/feed.jsonl") + ":2",
                root.resolve("a-z.txt").toString(),
                root.resolve("b.txt").toString());
    }

    @Test
    void read_directoryWithBadFile_reportsItAndReadsTheRest() throws IOException {
        write("corpus/1.txt", "One\nText.\n");
        Files.write(dir.resolve("corpus/2.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        write("corpus/3.txt", "Three\nText.\n");

        List<Article> articles = reading.read(dir.resolve("corpus").toString());

        assertThat(articles).extracting(Article::id).containsExactly("1.txt", "3.txt");
        assertThat(reading.problems).containsExactly(
                new ReadProblem(dir.resolve("corpus/2.png").toString(), "binary file (NUL byte at offset 4)"));
    }

    @Test
    void read_emptyDirectory_reportsNoFiles() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        write("empty/.DS_Store", "x");

        assertThat(reading.read(empty.toString())).isEmpty();

        assertThat(reading.problems).containsExactly(new ReadProblem(empty.toString(), "no files in directory"));
    }

    @Test
    void read_binaryFile_reportsAndSkips() throws IOException {
        Path binary = Files.write(dir.resolve("model.jsonl"), new byte[] {'{', '"', 0, 1, 2, '}', '\n'});

        assertThat(reading.read(binary.toString())).isEmpty();

        assertThat(reading.problems).containsExactly(
                new ReadProblem(binary.toString(), "binary file (NUL byte at offset 2)"));
    }

    @Test
    void read_missingPath_reportsAndReadsNextInput() throws IOException {
        String missing = dir.resolve("no-such.txt").toString();
        String present = write("story.txt", "Title\nText.\n").toString();

        List<Article> articles = reading.read(missing, present);

        assertThat(articles).extracting(Article::id).containsExactly("story.txt");
        assertThat(reading.problems).containsExactly(new ReadProblem(missing, "no such file or directory"));
    }

    @Test
    void read_emptyPathString_reportsEmptyPath() {
        assertThat(reading.read("")).isEmpty();

        assertThat(reading.problems).containsExactly(new ReadProblem("\"\"", "empty path"));
    }

    @Test
    void read_severalInputs_keepTheirGivenOrder() throws IOException {
        String z = write("z.txt", "Z\nText.\n").toString();
        String feed = write("feed.jsonl", "{\"id\": \"j\", \"text\": \"x\"}\n").toString();
        String a = write("a.txt", "A\nText.\n").toString();

        assertThat(reading.read(z, feed, a)).extracting(Article::id).containsExactly("z.txt", "j", "a.txt");
    }

    @Test
    void read_stdinPlainText_isOneArticleWithIdStdin() {
        Reading fromStdin = Reading.withStdin("Russia condemns strike\nApril 7, 2017\n\nMoscow said the\nstrike was illegal.\n");

        List<Article> articles = fromStdin.read("-");

        assertThat(fromStdin.problems).isEmpty();
        assertThat(articles).containsExactly(new Article("stdin", "Russia condemns strike", LocalDate.of(2017, 4, 7),
                "Moscow said the strike was illegal.", null, null, "-"));
    }

    @Test
    void read_stdinStartingWithBrace_isJsonl() {
        Reading fromStdin = Reading.withStdin("\n  \n{\"id\": \"a\", \"text\": \"x\"}\nnot json\n{\"id\": \"b\", \"text\": \"y\"}\n");

        List<Article> articles = fromStdin.read("-");

        assertThat(articles).extracting(Article::id, Article::origin)
                .containsExactly(tuple("a", "-:3"), tuple("b", "-:5"));
        assertThat(fromStdin.problems).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo("-:4");
            assertThat(p.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void read_emptyStdin_reportsEmptyInput() {
        Reading fromStdin = Reading.withStdin(" \n\n");

        assertThat(fromStdin.read("-")).isEmpty();

        assertThat(fromStdin.problems).containsExactly(new ReadProblem("-", "empty input"));
    }

    @Test
    void read_stdinGivenTwice_reportsSecondAndReadsItOnce() {
        Reading fromStdin = Reading.withStdin("Title\nText.\n");

        assertThat(fromStdin.read("-", "-")).hasSize(1);

        assertThat(fromStdin.problems).containsExactly(new ReadProblem("-", "standard input was already read"));
    }

    @Test
    void read_stdin_isNotClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayInputStream stdin = new ByteArrayInputStream("{\"id\": \"a\", \"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        assertThat(new Reading(stdin).read("-")).hasSize(1);

        assertThat(closed).isFalse();
    }

    @Test
    void readProblem_toString_isOriginColonMessage() {
        assertThat(new ReadProblem("voa.jsonl:12", "missing \"text\"")).hasToString("voa.jsonl:12: missing \"text\"");
    }
}
