package org.annalist.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {
    private static final LocalDate THURSDAY = LocalDate.of(2017, 4, 13);

    @Test
    void start_weekBeginsOnMonday_likeDuckDbDateTrunc() {
        assertThat(Period.week.start(THURSDAY)).isEqualTo(LocalDate.of(2017, 4, 10));
        assertThat(Period.week.start(LocalDate.of(2017, 4, 10))).isEqualTo(LocalDate.of(2017, 4, 10));
        assertThat(Period.month.start(THURSDAY)).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(Period.year.start(THURSDAY)).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(Period.day.start(THURSDAY)).isEqualTo(THURSDAY);
    }

    @Test
    void next_and_label() {
        assertThat(Period.month.next(LocalDate.of(2017, 12, 1))).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(Period.month.label(LocalDate.of(2017, 4, 1))).isEqualTo("2017-04");
        assertThat(Period.year.label(LocalDate.of(2017, 1, 1))).isEqualTo("2017");
        assertThat(Period.week.noun(2)).isEqualTo("weeks");
        assertThat(Period.week.noun(1)).isEqualTo("week");
    }
}
