package org.annalist.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoldsteinBarTest {
    private final GoldsteinBar bar = new GoldsteinBar(10);

    @Test
    void render_negative_growsLeftOfTheLine_inHalfCells() {
        assertThat(bar.render(-2.5)).isEqualTo("       ▐██│          ");
        assertThat(bar.render(-10.0)).isEqualTo("██████████│          ");
    }

    @Test
    void render_positive_growsRight_inEighths() {
        assertThat(bar.render(1.0)).isEqualTo("          │█         ");
        assertThat(bar.render(1.5)).isEqualTo("          │█▌        ");
        assertThat(bar.render(12.0)).as("clipped at 10").isEqualTo("          │██████████");
    }

    @Test
    void render_noValueOrZero_isTheLineAlone_andEveryBarHasTheSameWidth() {
        assertThat(bar.render(null)).isEqualTo("          │          ");
        assertThat(bar.render(0.0)).isEqualTo(bar.render(null));
        for (double v = -11; v <= 11; v += 0.37) {
            assertThat(bar.render(v)).hasSize(21);
        }
        assertThat(bar.axis()).hasSize(21).startsWith("-10").endsWith("+10").contains("0");
    }

    @Test
    void constructor_noCells_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GoldsteinBar(0));
    }
}
