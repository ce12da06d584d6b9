package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextReadingTest {
    @TempDir
    Path dir;

    private final Reading reading = new Reading();

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void read_textFileWithTitleDatelineAndParagraphs_parsesDateAndExcludesDateline() throws IOException {
        String path = write("us-russia-2017-04.txt", """
                Tillerson and Lavrov meet in Moscow

                Monday, 17 Apr, 2017

                US Secretary of State Rex Tillerson met Russian Foreign Minister Sergei Lavrov.

                The two discussed Syria.
                """);

        List<Article> articles = reading.read(path);

        assertThat(reading.problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("us-russia-2017-04.txt");
            assertThat(a.title()).isEqualTo("Tillerson and Lavrov meet in Moscow");
            assertThat(a.date()).isEqualTo(LocalDate.of(2017, 4, 17));
            assertThat(a.text()).isEqualTo("US Secretary of State Rex Tillerson met Russian Foreign Minister Sergei "
                    + "Lavrov.\n\nThe two discussed Syria.");
            assertThat(a.origin()).isEqualTo(path);
            assertThat(a.source()).isNull();
            assertThat(a.url()).isNull();
        });
    }

    @Test
    void read_textFileWithoutDateline_hasNoDateAndKeepsFirstParagraph() throws IOException {
        String path = write("story.txt", "Talks fail\n\nMonday's talks failed.\n\nBoth sides left.\n");

        Article article = reading.read(path).get(0);

        assertThat(article.date()).isNull();
        assertThat(article.text()).isEqualTo("Monday's talks failed.\n\nBoth sides left.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monday, 17 Apr, 2017", "17 April 2017", "April 17, 2017", "Apr. 17, 2017",
            "2017-04-17", "Monday, April 17, 2017"})
    void read_textFileWithDatelineVariant_givesDateAndDropsDateline(String dateline) throws IOException {
        String path = write("story.txt", "Title\n" + dateline + "\nBody text.\n");

        Article article = reading.read(path).get(0);

        assertThat(article.date()).isEqualTo(LocalDate.of(2017, 4, 17));
        assertThat(article.text()).isEqualTo("Body text.");
    }

    @Test
    void read_datelineLaterThanFirstLineAfterTitle_staysInText() throws IOException {
        String path = write("story.txt", "Title\n\nFirst paragraph.\n\nApril 17, 2017\n");

        Article article = reading.read(path).get(0);

        assertThat(article.date()).isNull();
        assertThat(article.text()).isEqualTo("First paragraph.\n\nApril 17, 2017");
    }

    @Test
    void read_hardWrappedLines_joinedWithSpaceAndParagraphsKept() throws IOException {
        String path = write("wrapped.txt", """
                  Title with spaces around\t

                April 17, 2017
                Russia's foreign minister said on Monday
                  that Moscow would not
                accept the proposal.
                \t
                A second paragraph,
                also wrapped.



                Third.
                """);

        Article article = reading.read(path).get(0);

        assertThat(article.title()).isEqualTo("Title with spaces around");
        assertThat(article.text()).isEqualTo("Russia's foreign minister said on Monday that Moscow would not accept "
                + "the proposal.\n\nA second paragraph, also wrapped.\n\nThird.");
    }

    @Test
    void read_windowsLineEndingsAndByteOrderMark_readLikeUnixText() throws IOException {
        String path = write("windows.txt", "\uFEFFTitle\r\n\r\n17 April 2017\r\nLine one\r\nline two.\r\n\r\nNext.\r\n");

        Article article = reading.read(path).get(0);

        assertThat(article.title()).isEqualTo("Title");
        assertThat(article.date()).isEqualTo(LocalDate.of(2017, 4, 17));
        assertThat(article.text()).isEqualTo("Line one line two.\n\nNext.");
    }

    @Test
    void read_titleOnly_givesArticleWithEmptyText() throws IOException {
        String path = write("headline.txt", "\n\nRussia condemns US missile strike on Syria\n");

        List<Article> articles = reading.read(path);

        assertThat(reading.problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Russia condemns US missile strike on Syria");
            assertThat(a.text()).isEmpty();
        });
    }

    @Test
    void read_datelineNamingNoRealDay_reportsAndSkips() throws IOException {
        String bad = write("bad.txt", "Title\nApril 31, 2017\nBody.\n");
        String good = write("good.txt", "Title\nBody.\n");

        List<Article> articles = reading.read(bad, good);

        assertThat(articles).extracting(Article::id).containsExactly("good.txt");
        assertThat(reading.problems).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(bad);
            assertThat(p.message()).startsWith("bad date in dateline \"April 31, 2017\"");
        });
    }

    @Test
    void read_anyExtensionButJsonl_isPlainText() throws IOException {
        String path = write("story.json", "{\"id\": \"x\", \"text\": \"y\"}\n");

        Article article = reading.read(path).get(0);

        assertThat(article.id()).isEqualTo("story.json");
        assertThat(article.title()).isEqualTo("{\"id\": \"x\", \"text\": \"y\"}");
    }

    @Test
    void read_emptyTextFile_reportsEmptyFile() throws IOException {
        String empty = write("empty.txt", "");
        String blank = write("blank.txt", "  \n\n\t\n");

        assertThat(reading.read(empty, blank)).isEmpty();

        assertThat(reading.problems).containsExactly(
                new ReadProblem(empty, "empty file"), new ReadProblem(blank, "empty file"));
    }

    @Test
    void read_textFileOverSizeLimit_reportsAndSkips() throws IOException {
        String path = write("dump.txt", "Title\n" + "x".repeat(ArticleReader.MAX_TEXT_BYTES));

        assertThat(reading.read(path)).isEmpty();

        assertThat(reading.problems).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("too large for a plain-text article"));
    }

    @Test
    void read_latin1TextFile_reportsNotUtf8() throws IOException {
        Path path = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reading.read(path.toString())).isEmpty();

        assertThat(reading.problems).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(path.toString());
            assertThat(p.message()).startsWith("not valid UTF-8 (byte 0xE9 at offset 3)");
        });
    }

    @Test
    void read_invalidUtf8AfterFirstKilobytes_reportsNotUtf8() throws IOException {
        byte[] start = ("Title\n\n" + "word ".repeat(3000)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(start, start.length + 1);
        bytes[start.length] = (byte) 0xFF;
        Path path = Files.write(dir.resolve("late.txt"), bytes);

        assertThat(reading.read(path.toString())).isEmpty();

        assertThat(reading.problems).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid UTF-8 (byte 0xFF at offset " + start.length));
    }
}
