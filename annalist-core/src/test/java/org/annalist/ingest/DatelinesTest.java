package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
    private static final LocalDate APRIL_17 = LocalDate.of(2017, 4, 17);

    @ParameterizedTest
    @ValueSource(strings = {
            "Monday, 17 Apr, 2017",
            "17 April 2017",
            "April 17, 2017",
            "Apr. 17, 2017",
            "2017-04-17",
            "Monday, April 17, 2017",
            "Monday 17 April 2017",
            "Mon. 17 Apr 2017",
            "Mon, Apr 17 2017",
            "April 17th, 2017",
            "17th April, 2017",
            "MONDAY, APRIL 17, 2017",
            "monday, april 17, 2017",
            "  April   17,  2017.  ",
            "Monday, 2017-04-17",
    })
    void parse_datelineVariant_givesDate(String line) {
        assertThat(Datelines.parse(line)).contains(APRIL_17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sept. 5, 2017", "Sep 5, 2017", "5 September 2017", "Tues., Sept. 5, 2017",
            "Tuesday 5 Sept 2017"})
    void parse_septemberAbbreviations_giveDate(String line) {
        assertThat(Datelines.parse(line)).contains(LocalDate.of(2017, 9, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Monday's talks failed",
            "Monday, the talks failed",
            "May 2017 saw protests",
            "April 17, 2017 was a Monday",
            "On April 17, 2017, the ministers met",
            "Updated April 17, 2017",
            "17 April",
            "April 2017",
            "2017",
            "Monday",
            "17/04/2017",
            "Smarch 17, 2017",
            "",
    })
    void parse_otherLines_areNotDatelines(String line) {
        assertThat(Datelines.parse(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"April 31, 2017", "2017-02-30", "32 May 2017", "Feb 29, 2017"})
    void parse_datelineNamingNoRealDay_throws(String line) {
        assertThatThrownBy(() -> Datelines.parse(line)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Feb 29, 2016", "2016-02-29"})
    void parse_leapDay_givesDate(String line) {
        assertThat(Datelines.parse(line)).contains(LocalDate.of(2016, 2, 29));
    }
}
