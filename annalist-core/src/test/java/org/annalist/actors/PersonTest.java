package org.annalist.actors;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTest {
    private static final Person TILLERSON = new Person("Rex Tillerson", List.of(
            new Role("USA", "GOV", "Secretary of State", LocalDate.of(2017, 2, 1), LocalDate.of(2018, 3, 31), "p:2"),
            new Role("USA", "BUS", "Chief executive of ExxonMobil", LocalDate.of(2006, 1, 1), LocalDate.of(2016, 12, 31), "p:1")));

    @Test
    void roleOn_sameNameTwoDates_givesTwoSectors() {
        assertThat(TILLERSON.roleOn(LocalDate.of(2017, 4, 12)).sector()).isEqualTo("GOV");
        assertThat(TILLERSON.roleOn(LocalDate.of(2010, 6, 1)).sector()).isEqualTo("BUS");
    }

    @Test
    void roleOn_afterLastGovernmentRole_isFormerOfficial() {
        Role role = TILLERSON.roleOn(LocalDate.of(2020, 1, 1));
        assertThat(role.code()).isEqualTo("USA");
        assertThat(role.sector()).isEqualTo("ELI");
        assertThat(role.title()).startsWith("former ");
    }

    @Test
    void roleOn_beforeFirstRole_isCivilianOfThatCountry() {
        Role role = TILLERSON.roleOn(LocalDate.of(1990, 1, 1));
        assertThat(role.code()).isEqualTo("USA");
        assertThat(role.sector()).isEqualTo("CVL");
    }

    @Test
    void roleOn_withoutDate_takesLatestRole() {
        assertThat(TILLERSON.roleOn(null).title()).isEqualTo("Secretary of State");
    }

    @Test
    void roleOn_gapBetweenRoles_keepsLastSectorUnlessGovernment() {
        Person p = new Person("A B", List.of(
                new Role("FRA", "BUS", "banker", LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), "p:1"),
                new Role("FRA", "GOV", "minister", LocalDate.of(2005, 1, 1), null, "p:2")));
        assertThat(p.roleOn(LocalDate.of(2003, 1, 1)).sector()).isEqualTo("BUS");
        assertThat(p.roleOn(LocalDate.of(2026, 1, 1)).sector()).isEqualTo("GOV");
    }
}
