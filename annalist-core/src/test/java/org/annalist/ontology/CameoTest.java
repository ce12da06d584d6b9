package org.annalist.ontology;

import org.annalist.dict.DictionaryException;
import org.annalist.dict.DictionaryFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameoTest {
    private static Cameo parse(String text) {
        return Cameo.parse(DictionaryFilesAccess.read("test.tsv", text));
    }

    @Test
    void bundled_coversTheWholeCodebook() {
        Cameo cameo = Cameo.bundled();
        assertThat(cameo.all()).hasSizeGreaterThanOrEqualTo(300);
        for (int root = 1; root <= 20; root++) {
            assertThat(cameo.find(String.format("%02d", root))).as("root %02d", root).isPresent();
        }
    }

    @Test
    void bundled_vetoIsRejectWithGdeltGoldstein() {
        CameoCode veto = Cameo.bundled().get("129");
        assertThat(veto.ploverEvent()).isEqualTo("REJECT");
        assertThat(veto.goldstein()).isEqualTo(-5.0);
        assertThat(veto.quadClass()).isEqualTo(3);
    }

    @Test
    void quadClass_followsGdeltRootRule() {
        Cameo cameo = Cameo.bundled();
        assertThat(cameo.get("042").quadClass()).isEqualTo(1);
        assertThat(cameo.get("057").quadClass()).isEqualTo(1);
        assertThat(cameo.get("070").quadClass()).isEqualTo(2);
        assertThat(cameo.get("112").quadClass()).isEqualTo(3);
        assertThat(cameo.get("195").quadClass()).isEqualTo(4);
    }

    @Test
    void bundled_everyPloverTypeIsReachable() {
        assertThat(Cameo.bundled().all().stream().map(CameoCode::ploverEvent).distinct())
                .containsAll(Cameo.PLOVER_TYPES);
    }

    @Test
    void parse_unknownPloverType_namesFileAndLine() {
        assertThatThrownBy(() -> parse("01\tMake public statement\t0.0\t-\n02\tAppeal\t3.0\tBEG\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("test.tsv:2: 'BEG' is not a PLOVER event type");
    }

    @Test
    void parse_goldsteinNotANumber_namesFileAndLine() {
        assertThatThrownBy(() -> parse("# header\n01\tMake public statement\tzero\t-\n"))
                .hasMessageStartingWith("test.tsv:2: goldstein 'zero' is not a number");
    }

    @Test
    void parse_duplicateCode_isRejected() {
        assertThatThrownBy(() -> parse("01\tA\t0.0\t-\n01\tB\t0.0\t-\n"))
                .hasMessageContaining("test.tsv:2").hasMessageContaining("listed twice");
    }

    /** Reads text through the same code path as the bundled files. */
    static final class DictionaryFilesAccess {
        static java.util.List<org.annalist.dict.DictionaryLine> read(String name, String text) {
            return org.annalist.dict.DictionaryFilesTestAccess.read(name,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
