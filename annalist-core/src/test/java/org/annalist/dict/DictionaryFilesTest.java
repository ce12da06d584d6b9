package org.annalist.dict;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DictionaryFilesTest {
    private static List<DictionaryLine> read(String text) {
        return DictionaryFiles.read("x.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void read_skipsCommentsAndBlankLines_keepsLineNumbers() {
        List<DictionaryLine> lines = read("# header\n\nRUS\tRussia\n");
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.location()).isEqualTo("x.tsv:3");
            assertThat(l.columns()).containsExactly("RUS", "Russia");
        });
    }

    @Test
    void read_trailingGloss_isNotData() {
        assertThat(read("129\tveto T\t# X vetoed Y\n").get(0).columns()).containsExactly("129", "veto T");
    }

    @Test
    void list_splitsOnBar_andMissingColumnsAreEmpty() {
        DictionaryLine line = read("USA\tUnited States\tU.S.|US|America\n").get(0);
        assertThat(line.list(2)).containsExactly("U.S.", "US", "America");
        assertThat(line.column(5)).isEmpty();
        assertThat(line.list(5)).isEmpty();
    }

    @Test
    void required_missingColumn_namesFileLineAndColumn() {
        assertThatThrownBy(() -> read("USA\n").get(0).required(1, "name"))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("x.tsv:1: missing name (column 2)");
    }

    @Test
    void read_invalidUtf8_namesTheLine() {
        byte[] bytes = {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> DictionaryFiles.read("bad.tsv", new ByteArrayInputStream(bytes)))
                .hasMessageStartingWith("bad.tsv:2: not valid UTF-8");
    }
}
