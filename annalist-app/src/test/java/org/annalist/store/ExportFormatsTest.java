package org.annalist.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Location;
import org.annalist.model.Plover;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The PLOVER and GDELT exports, field by field, on hand-made events (no NLP). */
class ExportFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Location NEW_YORK = new Location("New York", "USA", "New York", 40.71427, -74.00597, 5128581,
            "city", "sentence");

    @TempDir
    Path dir;

    private Store store;

    private static Event event(String doc, int sentence, String date, Actor source, Actor target, String cameo,
                               double goldstein, int quad, Plover plover, Location location, String trigger) {
        return new Event(doc, EventKeys.hash(doc + "/" + sentence), sentence, "Sentence " + sentence + " of " + doc + ".",
                date, date == null ? null : "text", source, target, cameo, goldstein, quad, plover, location,
                new Evidence(trigger, null, "events/verbs.txt:1", List.of()));
    }

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("exports.duckdb"));
        Article veto = new Article("x1", "Veto in New York", LocalDate.parse("2017-04-12"),
                "Report x1: the council met and Russia vetoed the draft.", "Ledger", "https://example.org/x1", "x1");
        Article undated = new Article("x2", "", null, "Report x2, without a date.", "Courier", null, "x2");
        Actor russia = new Actor("Russia", "RUS", null, null, null);
        Actor council = new Actor("the Security Council", "IGO", "GOV", "United Nations Security Council", "UNSC");
        Actor washington = new Actor("Washington", "USA", "GOV", null, null);
        TestEvents.store(store, IngestSettings.defaults(), List.of(veto, undated), List.of(
                List.of(event("x1", 1, "2017-04-12", russia, council, "129", -5, 3,
                                new Plover("REJECT", null, null), NEW_YORK, "vetoed"),
                        event("x1", 3, "2017-04-12", washington, russia, "112", -2, 3,
                                new Plover("ACCUSE", "allege", "diplomatic"), null, "accused"),
                        event("x1", 4, "2017-04-12", washington, null, "012", -0.4, 1,
                                new Plover(null, null, null), null, "said")),
                List.of(event("x2", 0, null, washington, russia, "112", -2, 3,
                        new Plover("ACCUSE", null, null), null, "accused"))));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private String vetoId() {
        return store.query("SELECT event_id FROM events WHERE cameo = '129'", List.of(), r -> r.string("event_id")).get(0);
    }

    @Test
    void plover_oneRecordPerDatedEventWithAPloverType_withThePloverFieldNames() throws Exception {
        StringWriter text = new StringWriter();
        Exports.Written written = Exports.plover(store, new PrintWriter(text));
        assertThat(written).isEqualTo(new Exports.Written(2, 1, 1));
        assertThat(written.leftOut()).isEqualTo("1 undated event and 1 event without a PLOVER type (public statements)");

        List<JsonNode> records = text.toString().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(records).hasSize(2).allSatisfy(r ->
                assertThat(r.fieldNames()).toIterable().contains("id", "date", "source", "event"));

        JsonNode veto = records.stream().filter(r -> r.get("id").asText().equals(vetoId())).findFirst().orElseThrow();
        assertThat(veto.get("date").asText()).isEqualTo("2017-04-12");
        assertThat(veto.get("source").get(0).get("code").asText()).isEqualTo("RUS");
        assertThat(veto.get("source").get(0).get("sector").isNull()).isTrue();
        assertThat(veto.get("source").get(0).get("actor_text").asText()).isEqualTo("Russia");
        JsonNode recipient = veto.get("recipient").get(0);
        assertThat(recipient.get("code").asText()).isEqualTo("IGO");
        assertThat(recipient.get("sector").asText()).isEqualTo("GOV");
        assertThat(recipient.get("identifier_text").asText()).isEqualTo("United Nations Security Council");
        assertThat(recipient.get("org").asText()).isEqualTo("UNSC");
        assertThat(veto.get("event").toString()).isEqualTo("[\"REJECT\"]");
        assertThat(veto.has("mode")).isFalse();
        assertThat(veto.get("quad_code").asInt()).isEqualTo(3);
        assertThat(veto.get("event_scale").asDouble()).isEqualTo(-5.0);
        assertThat(veto.get("event_text").toString()).isEqualTo("[\"vetoed\"]");
        JsonNode loc = veto.get("event_loc");
        assertThat(loc.get("geonameid").asLong()).isEqualTo(5128581);
        assertThat(loc.get("name").asText()).isEqualTo("New York");
        assertThat(loc.get("latitude").asDouble()).isEqualTo(40.71427);
        assertThat(loc.get("longitude").asDouble()).isEqualTo(-74.00597);
        assertThat(loc.get("cc3").asText()).isEqualTo("USA");
        assertThat(veto.get("text").asText()).isEqualTo("Sentence 1 of x1.");
        assertThat(veto.get("text_info").get("sequence").asInt()).isEqualTo(1);
        JsonNode cite = veto.get("cite_info");
        assertThat(cite.get("citation").asText()).isEqualTo("x1");
        assertThat(cite.get("url").asText()).isEqualTo("https://example.org/x1");
        assertThat(cite.get("title").asText()).isEqualTo("Veto in New York");
        assertThat(cite.get("publication").asText()).isEqualTo("Ledger");
        assertThat(veto.get("coder").asText()).startsWith("Annalist");
        assertThat(veto.get("coded_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(veto.get("cameo").asText()).isEqualTo("129");
        assertThat(veto.get("num_mentions").asInt()).isEqualTo(1);

        JsonNode accusation = records.stream().filter(r -> !r.get("id").asText().equals(vetoId())).findFirst().orElseThrow();
        assertThat(accusation.get("mode").toString()).isEqualTo("[\"allege\"]");
        assertThat(accusation.get("context").toString()).isEqualTo("[\"diplomatic\"]");
        assertThat(accusation.has("event_loc")).isFalse();
    }

    @Test
    void plover_quadCodes_followPloversOwnGrouping_notCameos() {
        assertThat(PloverExport.QUAD).hasSize(16);
        assertThat(PloverExport.QUAD.get("REQUEST")).as("CAMEO 02 and 10 are quad 1 and 3; PLOVER puts REQUEST in 3")
                .isEqualTo(3);
        assertThat(PloverExport.QUAD.get("SANCTION")).isEqualTo(3);
        assertThat(PloverExport.QUAD.get("PROTEST")).isEqualTo(4);
    }

    @Test
    void gdelt_a61ColumnRowPerDatedEvent_withTheColumnsAnnalistCanFill() {
        StringWriter text = new StringWriter();
        Exports.Written written = Exports.gdelt(store, new PrintWriter(text));
        assertThat(written).isEqualTo(new Exports.Written(3, 1, 0));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(4);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        assertThat(header).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                "Actor1Code").endsWith("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
        assertThat(header.indexOf("IsRootEvent")).isEqualTo(25);
        assertThat(header.indexOf("ActionGeo_Type")).isEqualTo(51);
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(61);
        }

        long id = GdeltExport.globalEventId(vetoId());
        Map<String, String> veto = lines.stream().skip(1).map(l -> row(header, l))
                .filter(r -> r.get("GLOBALEVENTID").equals(Long.toString(id))).findFirst().orElseThrow();
        assertThat(veto).containsEntry("SQLDATE", "20170412").containsEntry("MonthYear", "201704")
                .containsEntry("Year", "2017").containsEntry("FractionDate", "2017.2767")
                .containsEntry("Actor1Code", "RUS").containsEntry("Actor1Name", "Russia")
                .containsEntry("Actor1CountryCode", "RUS").containsEntry("Actor1Type1Code", "")
                .containsEntry("Actor2Code", "IGOGOV").containsEntry("Actor2Name", "United Nations Security Council")
                .containsEntry("Actor2CountryCode", "").containsEntry("Actor2KnownGroupCode", "UNSC")
                .containsEntry("Actor2Type1Code", "IGO").containsEntry("Actor2Type2Code", "GOV")
                .containsEntry("IsRootEvent", "1").containsEntry("EventCode", "129")
                .containsEntry("EventBaseCode", "129").containsEntry("EventRootCode", "12")
                .containsEntry("QuadClass", "3").containsEntry("GoldsteinScale", "-5")
                .containsEntry("NumMentions", "1").containsEntry("NumSources", "1").containsEntry("NumArticles", "1")
                .containsEntry("AvgTone", "").containsEntry("Actor1Geo_Type", "")
                .containsEntry("ActionGeo_Type", "3").containsEntry("ActionGeo_FullName", "New York, USA")
                .containsEntry("ActionGeo_CountryCode", "USA").containsEntry("ActionGeo_Lat", "40.71427")
                .containsEntry("ActionGeo_Long", "-74.00597").containsEntry("ActionGeo_FeatureID", "5128581")
                .containsEntry("SOURCEURL", "https://example.org/x1");
        assertThat(veto.get("DATEADDED")).matches("\\d{14}");

        Map<String, String> statement = lines.stream().skip(1).map(l -> row(header, l))
                .filter(r -> r.get("EventCode").equals("012")).findFirst().orElseThrow();
        assertThat(statement).containsEntry("Actor1Code", "USAGOV").containsEntry("Actor1Type1Code", "GOV")
                .containsEntry("Actor2Code", "").containsEntry("EventBaseCode", "012")
                .containsEntry("EventRootCode", "01").containsEntry("GoldsteinScale", "-0.4")
                .containsEntry("IsRootEvent", "0").containsEntry("ActionGeo_Lat", "");

        // The documented SQL for the numeric id gives the same number.
        assertThat(store.query("SELECT ('0x' || substr(event_id, 1, 15))::BIGINT AS n FROM events WHERE cameo = '129'",
                List.of(), r -> r.longValue("n"))).containsExactly(id);
    }

    private static Map<String, String> row(List<String> header, String line) {
        String[] values = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values[i]);
        }
        return row;
    }
}
