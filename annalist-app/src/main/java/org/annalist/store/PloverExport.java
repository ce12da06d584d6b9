package org.annalist.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.Map;

/**
 * A stored event as a PLOVER JSON record, with the field names of the PLOVER manual's "JSON Data Fields"
 * chapter (draft 0.7b1): {@code id}, {@code date}, {@code source} and {@code recipient} (lists of actor objects
 * with {@code code}, {@code sector}, {@code actor_text}, {@code identifier_text}), {@code event}, {@code mode},
 * {@code context} (lists), {@code quad_code}, {@code event_scale}, {@code event_text}, {@code event_loc} (GeoNames
 * field names), {@code text}, {@code text_info}, {@code cite_info}, {@code coder}, {@code coded_date}. PLOVER
 * invites providers to add fields of their own: Annalist adds {@code cameo}, {@code num_mentions},
 * {@code num_articles} and {@code num_sources}. Optional fields without a value are left out. docs/store.md
 * gives the mapping field by field.
 */
final class PloverExport {
    /** The coder, as the {@code coder} field names it. */
    static final String CODER = "Annalist 0.1.0";

    /**
     * PLOVER's own quad categories of its event types (the manual's "Quad categories in PLOVER" table, with the
     * 2021 names: REQUEST for DEMAND). They differ from the CAMEO quad class of the event record: REQUEST,
     * SANCTION and PROTEST are grouped otherwise (docs/ontology.md).
     */
    static final Map<String, Integer> QUAD = Map.ofEntries(
            Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1),
            Map.entry("COOPERATE", 2), Map.entry("AID", 2), Map.entry("RETREAT", 2),
            Map.entry("REQUEST", 3), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3), Map.entry("SANCTION", 3),
            Map.entry("THREATEN", 3),
            Map.entry("PROTEST", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4), Map.entry("ASSAULT", 4));

    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverExport() {
    }

    /** The record of one row of {@link Exports#DETAIL_SQL}; the event must have a date and a PLOVER type. */
    static ObjectNode record(Row r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.string("event_id"));
        o.put("date", r.date("date").toString());
        o.putArray("source").add(actor(r, "source"));
        ObjectNode recipient = actor(r, "target");
        if (recipient != null) {
            o.putArray("recipient").add(recipient);
        }
        String event = r.string("plover_event");
        o.putArray("event").add(event);
        if (r.string("plover_mode") != null) {
            o.putArray("mode").add(r.string("plover_mode"));
        }
        if (r.string("plover_context") != null) {
            o.putArray("context").add(r.string("plover_context"));
        }
        Integer quad = QUAD.get(event);
        if (quad != null) {
            o.put("quad_code", quad);
        }
        o.put("event_scale", r.doubleOrNull("goldstein"));
        if (r.string("trigger") != null) {
            o.putArray("event_text").add(r.string("trigger"));
        }
        ObjectNode location = location(r);
        if (location != null) {
            o.set("event_loc", location);
        }
        o.put("text", r.string("text"));
        o.putObject("text_info").put("sequence", r.intValue("sentence"));
        ObjectNode cite = o.putObject("cite_info");
        cite.put("citation", r.string("rep_article_id"));
        putIfPresent(cite, "url", r.string("rep_url"));
        if (r.string("rep_title") != null && !r.string("rep_title").isEmpty()) {
            cite.put("title", r.string("rep_title"));
        }
        putIfPresent(cite, "publication", r.string("rep_publisher"));
        cite.put("language", "en");
        o.put("coder", CODER);
        LocalDate coded = r.date("first_stored_date");
        if (coded != null) {
            o.put("coded_date", coded.toString());
        }
        o.put("cameo", r.string("cameo"));
        o.put("num_mentions", r.intValue("num_mentions"));
        o.put("num_articles", r.intValue("num_articles"));
        o.put("num_sources", r.intValue("num_sources"));
        return o;
    }

    /** An actor object: the event's code and sector, the representative mention's words and canonical name. */
    private static ObjectNode actor(Row r, String side) {
        String code = r.string(side + "_code");
        String sector = r.string(side + "_sector");
        String text = r.string(side + "_text");
        if (code == null && sector == null && text == null) {
            return null;
        }
        ObjectNode a = JSON.createObjectNode();
        a.put("code", code);
        a.put("sector", sector);
        putIfPresent(a, "actor_text", text);
        putIfPresent(a, "identifier_text", r.string(side + "_name"));
        putIfPresent(a, "org", r.string(side + "_org"));
        return a;
    }

    /** The location object, with GeoNames' field names ("cc3" for the ISO alpha-3 code, as PLOVER suggests). */
    private static ObjectNode location(Row r) {
        Double lat = r.doubleOrNull("location_lat");
        if (r.string("location_name") == null && lat == null) {
            return null;
        }
        ObjectNode l = JSON.createObjectNode();
        Long geonamesId = r.longOrNull("location_geonames_id");
        if (geonamesId != null && geonamesId != 0) {
            l.put("geonameid", geonamesId);
        }
        putIfPresent(l, "name", r.string("location_name"));
        if (lat != null) {
            l.put("latitude", lat);
            l.put("longitude", r.doubleOrNull("location_lon"));
        }
        putIfPresent(l, "cc3", r.string("location_country"));
        putIfPresent(l, "admin1", r.string("location_admin1"));
        putIfPresent(l, "precision", r.string("location_precision"));
        return l;
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
