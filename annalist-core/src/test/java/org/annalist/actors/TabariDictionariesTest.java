package org.annalist.actors;

import org.annalist.dict.DictionaryException;
import org.annalist.dict.DictionaryLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabariDictionariesTest {
    /** A small actor dictionary in TABARI/PETRARCH format; the line numbers matter to the tests. */
    static final String ACTORS = """
            # Test actors in TABARI format: invented people, real states.
            <!-- states -->
            NORWAY_ [NOR]
            +NORWEGIAN_
            +KINGDOM_OF_NORWAY

            ROMANIA [ROM]   ; CAMEO's old code for Romania
            <!-- a comment that
                 runs over two lines -->
            UNITED_NATIONS [IGOUNO]   # an intergovernmental organisation
            +UN
            +U.N.
            NORWEGIAN_NAVY [NORMIL]
            REBEL_FORCES [REB]
            ANNA_VESTERHOLM_  [NORLEG 010915-120930] [NORGOV 121001-]
            +VESTERHOLM_
            // PETRARCH's form: codes on indented lines, one of them without dates
            KARL_BRENNER_
            +K._BRENNER
            \t[DEUELI]
            \t[DEUGOV 19980101-20050630]
            \t[DEUMIL >150301]
            ATLANTIS [ATL]
            OLD_BORDER_TOWN [---]
            SOMEWHERE_
            """;

    static final String AGENTS = """
            <!-- Test agents in PETRARCH format -->
            !PERSON! = MAN, WOMAN, MEN, WOMEN
            SOLDIER [~MIL]  # a comment
            POLICE {} [~COP]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
            +CHIEF_PROSECUTOR
            HUMAN_RIGHTS_GROUP [NGO~]
            CONGRESS!PERSON! [~LEG]
            COPTIC_CHRISTIAN [~CHRCPT]
            INSURGENT [~INS]
            <Combine rule = "GOVMIL => MIL">
            <CombineBlock>
            LEGGOV => GOV
            </CombineBlock>
            """;

    private static TabariDictionaries.Conversion read(Path dir, String name, String text, TabariDictionaries.Kind kind)
            throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return TabariDictionaries.read(file, kind);
    }

    private static ActorDictionary dictionary(TabariDictionaries.Conversion conversion) {
        return conversion.addTo(new ActorDictionary.Builder()).build();
    }

    @Test
    void read_actors_statesTakeTheirSynonymsAndKeepAnnalistsName(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS));
        assertThat(d.lookup("Norwegian").code()).isEqualTo("NOR");
        assertThat(d.lookup("Kingdom of Norway").code()).isEqualTo("NOR");
        assertThat(d.lookup("Norway").name()).isEqualTo("Norway");
        assertThat(d.lookup("Norway").entry()).endsWith("t.txt:3");
    }

    @Test
    void read_actors_igoWithAcronyms_isAnOrganisationMatchedAsWritten(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS));
        Entry un = d.lookup("United Nations");
        assertThat(un.kind()).isEqualTo(Entry.Kind.ORGANISATION);
        assertThat(un.code()).isEqualTo("IGO");
        assertThat(un.sector()).isNull();
        assertThat(un.org()).isEqualTo("UNITED_NATIONS");
        assertThat(d.lookup("UN")).isEqualTo(un);
        assertThat(d.lookup("U.N.")).isEqualTo(un);
        assertThat(d.lookup("un")).isNull();
    }

    @Test
    void read_actors_stateCodeWithSector_isAnOrganisationOfThatState(@TempDir Path dir) throws Exception {
        Entry navy = dictionary(read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS)).lookup("Norwegian Navy");
        assertThat(navy.code()).isEqualTo("NOR");
        assertThat(navy.sector()).isEqualTo("MIL");
    }

    @Test
    void read_actors_codeThatIsOnlyASector_becomesAnAgent(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS));
        assertThat(d.lookupAgent("rebel forces").sector()).isEqualTo("REB");
    }

    @Test
    void read_actors_sameNameWithTwoDatedCodes_givesTheRoleOfTheDate(@TempDir Path dir) throws Exception {
        ActorDictionary d = dictionary(read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS));
        Person anna = d.lookup("Anna Vesterholm").person();
        assertThat(anna).isNotNull();
        assertThat(d.lookup("Vesterholm").person()).isEqualTo(anna);
        Role then = anna.roleOn(LocalDate.of(2010, 6, 1));
        assertThat(then.code()).isEqualTo("NOR");
        assertThat(then.sector()).isEqualTo("LEG");
        assertThat(then.from()).isEqualTo(LocalDate.of(2001, 9, 15));
        assertThat(then.to()).isEqualTo(LocalDate.of(2012, 9, 30));
        Role now = anna.roleOn(LocalDate.of(2015, 6, 1));
        assertThat(now.sector()).isEqualTo("GOV");
        assertThat(now.to()).isNull();
        assertThat(now.entry()).endsWith("t.txt:15");
    }

    @Test
    void read_actors_codeWithoutDates_fillsTheTimeTheDatedCodesLeave(@TempDir Path dir) throws Exception {
        Person karl = dictionary(read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS)).lookup("K. Brenner")
                .person();
        assertThat(karl.name()).isEqualTo("Karl Brenner");
        assertThat(karl.roleOn(LocalDate.of(1990, 1, 1)).sector()).isEqualTo("ELI");
        assertThat(karl.roleOn(LocalDate.of(2000, 1, 1)).sector()).isEqualTo("GOV");
        assertThat(karl.roleOn(LocalDate.of(2005, 7, 1)).sector()).isEqualTo("ELI");
        assertThat(karl.roleOn(LocalDate.of(2015, 2, 28)).sector()).isEqualTo("ELI");
        assertThat(karl.roleOn(LocalDate.of(2015, 3, 1)).sector()).isEqualTo("MIL");
        assertThat(karl.roleOn(LocalDate.of(2015, 3, 1)).code()).isEqualTo("DEU");
    }

    @Test
    void read_actors_datedNullCode_leavesThatTimeWithoutARole(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "n.txt", "KARL_BRENNER_ [DEUELI] [--- 100101-101231] "
                + "[DEUGOV 110101-]\n", TabariDictionaries.Kind.ACTORS);
        assertThat(c.people()).extracting(l -> l.column(3) + " " + l.column(5) + " " + l.column(6)).containsExactly(
                "ELI 0001-01-01 2009-12-31", "GOV 2011-01-01 ");
    }

    @Test
    void read_actors_oldAndUnknownCodes_areMappedOrKeptWithAWarning(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS);
        ActorDictionary d = dictionary(c);
        assertThat(d.lookup("Romania").code()).isEqualTo("ROU");
        assertThat(d.lookup("Atlantis").code()).isEqualTo("ATL");
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("ROM read as ROU").contains("t.txt:7"))
                .anySatisfy(w -> assertThat(w).contains("code ATL").contains("kept as it is").contains("t.txt:23"));
    }

    @Test
    void read_actors_nullCodeAndMissingCode_areSkippedWithReasons(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS);
        assertThat(c.skipped()).extracting(TabariDictionaries.Skipped::toString).containsExactly(
                dir.resolve("t.txt") + ":24: 'OLD_BORDER_TOWN' has TABARI's null code [---], which keeps a phrase "
                        + "from being coded; Annalist has no such entry",
                dir.resolve("t.txt") + ":25: 'SOMEWHERE_' has no code");
    }

    @Test
    void read_actors_counts(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS);
        assertThat(c.entries()).isEqualTo(10);
        assertThat(c.persons()).isEqualTo(2);
        assertThat(c.people()).hasSize(2 + 4);
        assertThat(c.countries()).extracting(l -> l.column(0)).containsExactly("NOR", "ROU", "ATL");
        assertThat(c.organisations()).extracting(l -> l.column(0)).containsExactly("UNITED_NATIONS", "NORWEGIAN_NAVY");
        assertThat(c.agents()).extracting(l -> l.column(0)).containsExactly("rebel forces");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            X [RUSGOV 450703-470121]  | 1945-07-03 | 1947-01-21
            X [RUSGOV 000507-080507]  | 2000-05-07 | 2008-05-07
            X [RUSGOV 300101-]        | 2030-01-01 |
            X [RUSGOV 18970101-19450703] | 1897-01-01 | 1945-07-03
            X [RUSGOV -080507]        | 0001-01-01 | 2008-05-07
            X [RUSGOV <080507]        | 0001-01-01 | 2008-05-07
            X [RUSGOV >080507]        | 2008-05-07 |
            X [RUSGOV 080507 - 120507] | 2008-05-07 | 2012-05-07
            """)
    void read_actors_dateRestrictions(String line, String from, String to, @TempDir Path dir) throws Exception {
        DictionaryLine role = read(dir, "d.txt", line + "\n", TabariDictionaries.Kind.ACTORS).people().get(0);
        assertThat(role.column(5)).isEqualTo(from);
        assertThat(role.column(6)).isEqualTo(to == null ? "" : to);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RUSSIA [RUS                      | bad.txt:2: '[' without a closing ']'
            RUSSIA [Rus]                     | bad.txt:2: 'Rus' is not a CAMEO code
            RUSSIA [RUSG]                    | bad.txt:2: 'RUSG' is not a CAMEO code
            RUSSIA []                        | bad.txt:2: empty brackets
            RUSSIA [RUS] MOSCOW              | bad.txt:2: unexpected 'MOSCOW' after the codes
            PUTIN_ [RUSGOV 001399-]          | bad.txt:2: '001399' is not a valid date
            PUTIN_ [RUSGOV since 2000]       | bad.txt:2: 'since 2000' is not a date restriction
            PUTIN_ [RUSGOV 120101-080101]    | bad.txt:2: '120101-080101' ends (2008-01-01) before it starts (2012-01-01)
            +PUTIN_                          | bad.txt:2: a synonym before the first entry
            \\t[RUSGOV 000507-]              | bad.txt:2: codes before the first entry
            [RUS]                            | bad.txt:2: codes before the first entry
            """)
    void read_actors_malformedLine_namesFileAndLine(String line, String message, @TempDir Path dir) {
        assertThatThrownBy(() -> read(dir, "bad.txt", "# header\n" + line.replace("\\t", "\t") + "\n",
                TabariDictionaries.Kind.ACTORS))
                .isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith(dir.resolve(message.substring(0, message.indexOf(':'))).toString()
                        + message.substring(message.indexOf(':')));
    }

    @Test
    void read_actors_synonymWithItsOwnCode_isMalformed(@TempDir Path dir) {
        assertThatThrownBy(() -> read(dir, "bad.txt", "RUSSIA [RUS]\n+MOSCOW [RUSGOV]\n", TabariDictionaries.Kind.ACTORS))
                .hasMessageContaining("bad.txt:2: a synonym takes the codes of its entry");
    }

    @Test
    void read_actors_stopLineEndsTheDictionary(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "s.txt", "NORWAY [NOR]\n---STOP---\nRUSSIA [RUS\n",
                TabariDictionaries.Kind.ACTORS);
        assertThat(c.entries()).isEqualTo(1);
    }

    @Test
    void read_actors_latin1Line_isReadWithAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("l.txt");
        Files.write(file, "JOSE_PEREZ_ [ESPGOV 100101-]\n+JOS\u00c9_P\u00c9REZ_\n".getBytes(StandardCharsets.ISO_8859_1));
        TabariDictionaries.Conversion c = TabariDictionaries.read(file, TabariDictionaries.Kind.ACTORS);
        assertThat(dictionary(c).lookup("Jos\u00e9 P\u00e9rez").person().name()).isEqualTo("Jose Perez");
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("read as ISO-8859-1: line 2"));
    }

    @Test
    void read_agents_phrasesPluralsMarkersAndSynonyms(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "a.txt", AGENTS, TabariDictionaries.Kind.AGENTS);
        ActorDictionary d = dictionary(c);
        assertThat(d.lookupAgent("soldier").sector()).isEqualTo("MIL");
        assertThat(d.lookupAgent("police").sector()).isEqualTo("COP");
        assertThat(d.lookupAgent("attorney general").sector()).isEqualTo("GOV");
        assertThat(d.lookupAgent("attorneys general").sector()).isEqualTo("GOV");
        assertThat(d.lookupAgent("chief prosecutor").sector()).isEqualTo("GOV");
        assertThat(d.lookupAgent("human rights group").sector()).isEqualTo("NGO");
        assertThat(d.lookupAgent("congresswoman").sector()).isEqualTo("LEG");
        assertThat(d.lookupAgent("congressmen").sector()).isEqualTo("LEG");
        assertThat(d.lookupAgent("insurgent").sector()).isEqualTo("REB");
        assertThat(d.lookupAgent("insurgent").entry()).endsWith("a.txt:10");
        assertThat(c.entries()).isEqualTo(7);
    }

    @Test
    void read_agents_codesWithoutSectorAndCombinationRules_areSkippedWithReasons(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "a.txt", AGENTS, TabariDictionaries.Kind.AGENTS);
        assertThat(c.skipped()).extracting(TabariDictionaries.Skipped::location)
                .containsExactly(dir.resolve("a.txt") + ":9", dir.resolve("a.txt") + ":11", dir.resolve("a.txt") + ":12");
        assertThat(c.skipped().get(0).reason()).contains("CHR is not one of Annalist's sectors");
        assertThat(c.skipped().get(2).reason()).contains("to line 14");
        assertThat(dictionary(c).lookupAgent("coptic christian")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SOLDIER [MIL]                | bad.txt:1: agent code 'MIL' must begin or end with '~'
            SOLDIER ~MIL                 | bad.txt:1: not an agent entry
            SOLDIER [~MILI]              | bad.txt:1: 'MILI' is not a CAMEO code
            !FOLK! [~CVL]                | bad.txt:1: substitution marker !FOLK! is not defined above this line
            <CombineBlock>               | bad.txt:1: <CombineBlock> without </CombineBlock>
            """)
    void read_agents_malformedLine_namesFileAndLine(String line, String message, @TempDir Path dir) {
        assertThatThrownBy(() -> read(dir, "bad.txt", line + "\n", TabariDictionaries.Kind.AGENTS))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining(message);
    }

    @Test
    void addUserFile_tabariActorsWithoutFormatLine_isDetected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actors.txt");
        Files.writeString(file, ACTORS);
        ActorDictionary d = new ActorDictionary.Builder().addUserFile(file).build();
        assertThat(d.lookup("Anna Vesterholm").person().roleOn(LocalDate.of(2015, 1, 1)).sector()).isEqualTo("GOV");
    }

    @Test
    void addUserFile_petrarchActorsStartingWithIndentedCodes_isDetected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actors.txt");
        Files.writeString(file, "# people\nKARL_BRENNER_\n\t[DEUGOV 19980101-20050630]\n");
        ActorDictionary d = new ActorDictionary.Builder().addUserFile(file).build();
        assertThat(d.lookup("Karl Brenner").person()).isNotNull();
    }

    @Test
    void addUserFile_tabariAgentsWithoutFormatLine_isDetected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agents.txt");
        Files.writeString(file, AGENTS);
        assertThat(new ActorDictionary.Builder().addUserFile(file).build().lookupAgent("soldier").sector())
                .isEqualTo("MIL");
    }

    @Test
    void addUserFile_formatLine_readsAFileDetectionWouldNotRecognise(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actors.txt");
        Files.writeString(file, "Oslo [NORGOV]\n");
        assertThatThrownBy(() -> new ActorDictionary.Builder().addUserFile(file))
                .hasMessageContaining("missing '# format:' line");
        Files.writeString(file, "# format: tabari-actors\nOslo [NORGOV]\n");
        assertThat(new ActorDictionary.Builder().addUserFile(file).build().lookup("Oslo").sector()).isEqualTo("GOV");
    }

    @Test
    void addUserFile_ownFormatWithoutFormatLine_isNotMistakenForTabari(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "NOR\tNorway\tKingdom of Norway\n");
        assertThatThrownBy(() -> new ActorDictionary.Builder().addUserFile(file))
                .hasMessageContaining("mine.tsv:1").hasMessageContaining("missing '# format:' line")
                .hasMessageContaining("tabari-actors");
    }

    @Test
    void addUserFile_severalOwnFormatSections_areEachRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, """
                # format: organisations
                ACME\tMNC\tBUS\tAcme Corporation\tAcme
                # format: agents
                sentry\tMIL
                # format: people
                Anna Vesterholm\tVesterholm\tNOR\tGOV\tMinister\t2012-10-01
                """);
        ActorDictionary d = new ActorDictionary.Builder().addUserFile(file).build();
        assertThat(d.lookup("Acme").code()).isEqualTo("MNC");
        assertThat(d.lookupAgent("sentry").sector()).isEqualTo("MIL");
        assertThat(d.lookup("Vesterholm").entry()).endsWith("mine.tsv:6");
    }

    @Test
    void addUserFile_tabariFormatAfterAnotherSection_isRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# format: agents\nsentry\tMIL\n# format: tabari-agents\nSOLDIER [~MIL]\n");
        assertThatThrownBy(() -> new ActorDictionary.Builder().addUserFile(file))
                .hasMessageContaining("mine.tsv:3").hasMessageContaining("must be a file of its own");
    }

    @Test
    void annalistText_readBack_givesTheSameDictionary(@TempDir Path dir) throws Exception {
        TabariDictionaries.Conversion c = read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS);
        Path converted = dir.resolve("converted.tsv");
        Files.writeString(converted, c.annalistText());
        ActorDictionary d = new ActorDictionary.Builder().addUserFile(converted).build();
        assertThat(d.lookup("Vesterholm").person().roleOn(LocalDate.of(2010, 1, 1)).sector()).isEqualTo("LEG");
        assertThat(d.lookup("UN").org()).isEqualTo("UNITED_NATIONS");
        assertThat(d.lookup("Kingdom of Norway").code()).isEqualTo("NOR");
        assertThat(d.lookupAgent("rebel forces").sector()).isEqualTo("REB");
        assertThat(c.annalistText())
                .contains("# format: people\n")
                .contains("Anna Vesterholm\tVesterholm\tNOR\tLEG\tNORLEG\t2001-09-15\t2012-09-30\t# t.txt:15\n")
                .contains("Anna Vesterholm\t\tNOR\tGOV\tNORGOV\t2012-10-01\t# t.txt:15\n");
    }

    @Test
    void conversion_isImmutable(@TempDir Path dir) throws Exception {
        List<DictionaryLine> people = read(dir, "t.txt", ACTORS, TabariDictionaries.Kind.ACTORS).people();
        assertThatThrownBy(people::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
