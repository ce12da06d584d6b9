package org.annalist.actors;

import org.annalist.dict.DictionaryException;
import org.annalist.dict.DictionaryFilesTestAccess;
import org.annalist.dict.DictionaryLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorDictionaryTest {
    private static List<DictionaryLine> lines(String name, String text) {
        return DictionaryFilesTestAccess.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ActorDictionary small() {
        return new ActorDictionary.Builder()
                .addCountries(lines("countries.tsv", "RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow=GOV|the Kremlin=GOV\n"
                        + "USA\tUnited States\tU.S.|US\tAmerican\tWashington=GOV|the Pentagon=MIL\n"))
                .addOrganisations(lines("organisations.tsv", "WHO\tIGO\t\tWorld Health Organization\tWHO\n"))
                .addAgents(lines("agents.tsv", "troop\tMIL\nforeign minister\tGOV\n"))
                .build();
    }

    @Test
    void lookup_nameLongFormAndMetonym_resolveToTheState() {
        ActorDictionary d = small();
        assertThat(d.lookup("Russian Federation").code()).isEqualTo("RUS");
        assertThat(d.lookup("russia").code()).isEqualTo("RUS");
        assertThat(d.lookup("Kremlin").kind()).isEqualTo(Entry.Kind.METONYM);
        assertThat(d.lookup("the Pentagon").sector()).isEqualTo("MIL");
    }

    @Test
    void lookup_upperCaseAbbreviation_matchesOnlyAsWritten() {
        ActorDictionary d = small();
        assertThat(d.lookup("US").code()).isEqualTo("USA");
        assertThat(d.lookup("us")).isNull();
        assertThat(d.lookup("WHO").org()).isEqualTo("WHO");
        assertThat(d.lookup("who")).isNull();
    }

    @Test
    void lookupAgent_matchesLemmas() {
        assertThat(small().lookupAgent("foreign minister").sector()).isEqualTo("GOV");
        assertThat(small().lookupAgent("troop").sector()).isEqualTo("MIL");
    }

    @Test
    void addCountries_unknownSector_namesFileAndLine() {
        assertThatThrownBy(() -> new ActorDictionary.Builder()
                .addCountries(lines("countries.tsv", "# c\nRUS\tRussia\t\t\tMoscow=GUV\n")))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("countries.tsv:2: unknown sector 'GUV'");
    }

    @Test
    void addPeople_roleEndingBeforeItStarts_isRejected() {
        assertThatThrownBy(() -> new ActorDictionary.Builder()
                .addPeople(lines("people.tsv", "A B\t\tUSA\tGOV\tminister\t2010-01-01\t2009-01-01\n")))
                .hasMessageStartingWith("people.tsv:1: role ends");
    }

    @Test
    void addPeople_badDate_isRejected() {
        assertThatThrownBy(() -> new ActorDictionary.Builder()
                .addPeople(lines("people.tsv", "A B\t\tUSA\tGOV\tminister\t2010-13-01\t\n")))
                .hasMessageStartingWith("people.tsv:1: '2010-13-01' is not a date");
    }

    @Test
    void addPeople_aliasesFromEveryLine_pointToOnePerson() {
        ActorDictionary d = new ActorDictionary.Builder()
                .addPeople(lines("people.tsv", "Rex Tillerson\tTillerson\tUSA\tBUS\tExxonMobil chief\t2006\t2016\n"
                        + "Rex Tillerson\tRex W. Tillerson\tUSA\tGOV\tSecretary of State\t2017-02-01\t2018-03-31\n"))
                .build();
        Person p = d.lookup("Tillerson").person();
        assertThat(d.lookup("Rex W. Tillerson").person()).isEqualTo(p);
        assertThat(p.roleOn(LocalDate.of(2017, 4, 12)).sector()).isEqualTo("GOV");
        assertThat(p.roleOn(LocalDate.of(2006, 4, 12)).sector()).isEqualTo("BUS");
    }

    @Test
    void addUserFile_overridesBundledEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# format: organisations\nACME\tMNC\tBUS\tAcme Corporation\tAcme\n");
        ActorDictionary d = new ActorDictionary.Builder().addUserFile(file).build();
        assertThat(d.lookup("Acme").code()).isEqualTo("MNC");
    }

    @Test
    void addUserFile_withoutFormatLine_saysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "ACME\tMNC\tBUS\tAcme Corporation\n");
        assertThatThrownBy(() -> new ActorDictionary.Builder().addUserFile(file))
                .hasMessageContaining("mine.tsv:1").hasMessageContaining("# format:");
    }
}
