package org.annalist.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annalist.model.Actor;
import org.annalist.model.DateSpan;
import org.annalist.model.Event;
import org.annalist.model.Location;

/**
 * The public event record, version 3 (docs/event-record.md): the JSON object printed one per line by
 * {@code annalist code --format jsonl}. Field names and meanings only ever change compatibly.
 */
public final class EventRecords {
    /** Version of the record format; bumped only for compatible additions, listed in docs/event-record.md. */
    public static final int VERSION = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventRecords() {
    }

    public static ObjectNode toJson(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("record_version", VERSION);
        o.put("doc_id", e.docId());
        o.put("event_id", e.eventId());
        o.put("sentence", e.sentence());
        o.put("text", e.text());
        o.put("date", e.date());
        o.put("date_source", e.dateSource());
        o.set("date_span", dateSpan(e.dateSpan()));
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        o.put("cameo", e.cameo());
        o.put("goldstein", e.goldstein());
        o.put("quad_class", e.quadClass());
        ObjectNode plover = o.putObject("plover");
        plover.put("event", e.plover().event());
        plover.put("mode", e.plover().mode());
        plover.put("context", e.plover().context());
        o.set("location", location(e.location()));
        ObjectNode evidence = o.putObject("evidence");
        evidence.put("trigger", e.evidence().trigger());
        evidence.put("pattern", e.evidence().pattern());
        evidence.put("entry", e.evidence().entry());
        var rules = evidence.putArray("rules");
        e.evidence().rules().forEach(rules::add);
        return o;
    }

    /** One line of JSONL, without the newline. */
    public static String toJsonLine(Event e) {
        try {
            return MAPPER.writeValueAsString(toJson(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event record could not be written as JSON", ex);
        }
    }

    private static ObjectNode actor(Actor a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", a.text());
        o.put("code", a.code());
        o.put("sector", a.sector());
        o.put("name", a.name());
        if (a.org() != null) {
            o.put("org", a.org());
        }
        return o;
    }

    private static ObjectNode dateSpan(DateSpan span) {
        if (span == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", span.start());
        o.put("end", span.end());
        return o;
    }

    private static ObjectNode location(Location l) {
        if (l == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", l.name());
        o.put("country", l.country());
        o.put("admin1", l.admin1());
        o.put("lat", l.lat());
        o.put("lon", l.lon());
        o.put("geonames_id", l.geonamesId());
        o.put("precision", l.precision());
        o.put("method", l.method());
        return o;
    }
}
