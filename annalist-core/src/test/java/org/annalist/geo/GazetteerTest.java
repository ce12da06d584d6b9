package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    private static final String HEADER =
            "#geonames_id\tname\tascii_name\talternate_names\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n";
    private static final String ROWS = HEADER
            + "0\tSyria\t\tSyrian Arab Republic\tSYR\t\tPCLI\t9000000\t33.5102\t36.29128\n"
            + "0\tIdlib\t\t\tSYR\t12\tADM1\t435557\t35.93062\t36.63393\n"
            + "0\tKherson Oblast\t\t\tUKR\t14\tADM1\t698971\t46.63543\t32.61676\n"
            + "168325\tKhān Shaykhūn\t\tKhan Sheikhun|Khan-Sheikhoun\tSYR\t12\tPPLA3\t48975\t35.44208\t36.65095\n"
            + "173377\tAl Qāmishlī\t\tQamishliyah\tSYR\t07\tPPLA2\t184231\t37.05215\t41.23142\n";

    @TempDir
    Path dir;

    @Test
    void lookup_nameAsciiOrAlternate_ignoresCaseAccentsAndHyphens() throws IOException {
        Gazetteer g = Gazetteer.load(gz("places.tsv.gz", ROWS), noAliases());

        assertThat(g.size()).isEqualTo(5);
        assertThat(g.lookup("Khan Shaykhun")).extracting(Place::geonamesId).containsExactly(168325L);
        assertThat(g.lookup("KHAN SHEIKHOUN")).extracting(Place::geonamesId).containsExactly(168325L);
        assertThat(g.lookup("khan-sheikhun")).extracting(Place::geonamesId).containsExactly(168325L);
        assertThat(g.lookup("Syrian Arab Republic")).extracting(Place::name).containsExactly("Syria");
        assertThat(g.lookup("Atlantis")).isEmpty();
    }

    @Test
    void lookup_regionWithoutItsKindWord_findsTheRegion() throws IOException {
        Gazetteer g = Gazetteer.load(gz("places.tsv.gz", ROWS), noAliases());

        assertThat(g.lookup("Kherson")).extracting(Place::name).containsExactly("Kherson Oblast");
    }

    @Test
    void lookup_arabicNameWithoutArticle_findsThePlace() throws IOException {
        Gazetteer g = Gazetteer.load(gz("places.tsv.gz", ROWS), noAliases());

        assertThat(g.lookup("Qamishli")).extracting(Place::geonamesId).containsExactly(173377L);
    }

    @Test
    void countryAndRegion_byCode_returnTheirRows() throws IOException {
        Gazetteer g = Gazetteer.load(gz("places.tsv.gz", ROWS), noAliases());

        assertThat(g.country("SYR")).get().extracting(Place::name, Place::precision).containsExactly("Syria", "country");
        assertThat(g.region("SYR", "12")).get().extracting(Place::name, Place::precision).containsExactly("Idlib", "region");
        assertThat(g.region("SYR", "99")).isEmpty();
    }

    @Test
    void load_plainTextFile_isReadWithoutGzip() throws IOException {
        Path file = dir.resolve("places.tsv");
        Files.writeString(file, ROWS);

        assertThat(Gazetteer.load(file, noAliases()).size()).isEqualTo(5);
    }

    @Test
    void load_aliasFile_addsSpellingsForKnownTargets() throws IOException {
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, "# comment\nKhan Shaykhoun\t168325\tnote\nIdlib Governorate\tSYR.12\nShaam\tSYR\n"
                + "Nowhere\t999999\n");

        Gazetteer g = Gazetteer.load(gz("places.tsv.gz", ROWS), aliases);

        assertThat(g.lookup("Khan Shaykhoun")).extracting(Place::geonamesId).containsExactly(168325L);
        assertThat(g.lookup("Idlib Governorate")).extracting(Place::name).containsExactly("Idlib");
        assertThat(g.lookup("Shaam")).extracting(Place::name).containsExactly("Syria");
        assertThat(g.unresolvedAliases()).isEqualTo(1);
    }

    @Test
    void load_missingFile_namesTheFile() {
        Path missing = dir.resolve("no-such-gazetteer.tsv.gz");

        assertThatThrownBy(() -> Gazetteer.load(missing))
                .isInstanceOf(GazetteerException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("file not found");
    }

    @Test
    void load_fileThatIsNotGzip_namesTheFileAndSaysSo() throws IOException {
        Path corrupt = dir.resolve("corrupt.tsv.gz");
        Files.writeString(corrupt, "this is not gzip data\n");

        assertThatThrownBy(() -> Gazetteer.load(corrupt))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(corrupt.toString())
                .hasMessageContaining("not a valid gzip file");
    }

    @Test
    void load_truncatedGzip_namesTheFileAndTheLastGoodLine() throws IOException {
        Path whole = gz("whole.tsv.gz", ROWS.repeat(200));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.tsv.gz");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> Gazetteer.load(truncated, noAliases()))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(truncated.toString())
                .hasMessageContaining("truncated after line");
    }

    @Test
    void load_rowWithMissingFields_namesFileAndLine() throws IOException {
        Path bad = gz("bad.tsv.gz", ROWS + "42\tNowhere\tSYR\n");

        assertThatThrownBy(() -> Gazetteer.load(bad, noAliases()))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("line 7")
                .hasMessageContaining("expected 10 tab-separated fields, found 3");
    }

    @Test
    void load_badNumberOrCode_saysWhichField() throws IOException {
        Path badPopulation = gz("pop.tsv.gz", HEADER + "1\tX\t\t\tSYR\t\tPPL\tmany\t1\t2\n");
        Path badCountry = gz("country.tsv.gz", HEADER + "1\tX\t\t\tSY\t\tPPL\t5\t1\t2\n");
        Path badLat = gz("lat.tsv.gz", HEADER + "1\tX\t\t\tSYR\t\tPPL\t5\t123\t2\n");

        assertThatThrownBy(() -> Gazetteer.load(badPopulation, noAliases()))
                .hasMessageContaining("line 2").hasMessageContaining("population 'many' is not a whole number");
        assertThatThrownBy(() -> Gazetteer.load(badCountry, noAliases()))
                .hasMessageContaining("line 2").hasMessageContaining("country 'SY'");
        assertThatThrownBy(() -> Gazetteer.load(badLat, noAliases()))
                .hasMessageContaining("line 2").hasMessageContaining("out of range");
    }

    @Test
    void load_invalidUtf8_namesFileAndLine() throws IOException {
        Path file = dir.resolve("latin1.tsv");
        byte[] row = "1\tK\u00f6ln\t\t\tDEU\t\tPPL\t5\t50.9\t6.9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(HEADER.getBytes(StandardCharsets.UTF_8), row));

        assertThatThrownBy(() -> Gazetteer.load(file, noAliases()))
                .hasMessageContaining(file.toString()).hasMessageContaining("line 2: not valid UTF-8");
    }

    @Test
    void load_fileWithOnlyComments_saysItHasNoPlaces() throws IOException {
        Path empty = gz("empty.tsv.gz", HEADER);

        assertThatThrownBy(() -> Gazetteer.load(empty, noAliases()))
                .hasMessageContaining(empty.toString()).hasMessageContaining("has no places");
    }

    @Test
    void load_aliasWithBadTarget_namesAliasFileAndLine() throws IOException {
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, "# comment\nSham\tSyria\n");

        assertThatThrownBy(() -> Gazetteer.load(gz("places.tsv.gz", ROWS), aliases))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining(aliases.toString())
                .hasMessageContaining("line 2")
                .hasMessageContaining("target 'Syria'");
    }

    private Path noAliases() throws IOException {
        Path p = dir.resolve("no-aliases.tsv");
        Files.writeString(p, "# none\n");
        return p;
    }

    private Path gz(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
