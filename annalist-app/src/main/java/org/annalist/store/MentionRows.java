package org.annalist.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Location;
import org.annalist.model.Plover;
import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * An event record as a row of the {@code mentions} table and back: the one place that knows the column order
 * the appender must follow (that of the CREATE TABLE in {@link Migrations}).
 */
final class MentionRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    /** The columns of the mentions table, in order. */
    static final List<String> COLUMNS = List.of("mention_id", "article_id", "event_id", "sentence", "text", "date",
            "date_source", "source_text", "source_code", "source_sector", "source_name", "source_org", "target_text",
            "target_code", "target_sector", "target_name", "target_org", "cameo", "root_code", "goldstein", "quad_class",
            "plover_event", "plover_mode", "plover_context", "location_name", "location_country", "location_admin1",
            "location_lat", "location_lon", "location_geonames_id", "location_precision", "location_method", "trigger",
            "pattern", "entry", "rules");

    private MentionRows() {
    }

    static void append(DuckDBAppender a, Event e, String mentionId, String articleId, String eventId) throws SQLException {
        a.beginRow();
        text(a, mentionId);
        text(a, articleId);
        text(a, eventId);
        a.append(e.sentence());
        text(a, e.text());
        if (e.date() == null) {
            a.appendNull();
        } else {
            a.append(LocalDate.parse(e.date()));
        }
        text(a, e.dateSource());
        actor(a, e.source());
        actor(a, e.target());
        text(a, e.cameo());
        text(a, EventKeys.root(e.cameo()));
        a.append(e.goldstein());
        a.append(e.quadClass());
        text(a, e.plover().event());
        text(a, e.plover().mode());
        text(a, e.plover().context());
        Location l = e.location();
        if (l == null) {
            for (int i = 0; i < 8; i++) {
                a.appendNull();
            }
        } else {
            text(a, l.name());
            text(a, l.country());
            text(a, l.admin1());
            a.append(l.lat());
            a.append(l.lon());
            a.append(l.geonamesId());
            text(a, l.precision());
            text(a, l.method());
        }
        text(a, e.evidence().trigger());
        text(a, e.evidence().pattern());
        text(a, e.evidence().entry());
        text(a, rules(e.evidence().rules()));
        a.endRow();
    }

    /** The event record of a mention row (columns as in the mentions table; {@code article_id} is the doc id). */
    static Event event(Row r) {
        Double lat = r.doubleOrNull("location_lat");
        Location location = r.string("location_name") == null && lat == null ? null
                : new Location(r.string("location_name"), r.string("location_country"), r.string("location_admin1"),
                lat == null ? 0 : lat, orZero(r.doubleOrNull("location_lon")), orZero(r.longOrNull("location_geonames_id")),
                r.string("location_precision"), r.string("location_method"));
        LocalDate date = r.date("date");
        return new Event(r.string("article_id"), r.string("mention_id"), r.intValue("sentence"), r.string("text"),
                date == null ? null : date.toString(), r.string("date_source"), actor(r, "source"), actor(r, "target"),
                r.string("cameo"), r.doubleOrNull("goldstein"), r.intValue("quad_class"),
                new Plover(r.string("plover_event"), r.string("plover_mode"), r.string("plover_context")), location,
                new Evidence(r.string("trigger"), r.string("pattern"), r.string("entry"), rules(r.string("rules"))));
    }

    private static Actor actor(Row r, String side) {
        String text = r.string(side + "_text");
        String code = r.string(side + "_code");
        String sector = r.string(side + "_sector");
        if (text == null && code == null && sector == null) {
            return null;
        }
        return new Actor(text, code, sector, r.string(side + "_name"), r.string(side + "_org"));
    }

    private static void actor(DuckDBAppender a, Actor actor) throws SQLException {
        if (actor == null) {
            for (int i = 0; i < 5; i++) {
                a.appendNull();
            }
            return;
        }
        text(a, actor.text());
        text(a, actor.code());
        text(a, actor.sector());
        text(a, actor.name());
        text(a, actor.org());
    }

    private static void text(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    private static String rules(List<String> rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> rules(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("a mention's rules are not a JSON list of strings: " + json, e);
        }
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static long orZero(Long l) {
        return l == null ? 0 : l;
    }
}
