package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stored event as a row of GDELT 2.0's event table: its 61 columns in GDELT's order, tab-separated, those
 * Annalist has no value for left empty. docs/store.md says how each column is filled.
 */
final class GdeltExport {
    /** The columns of the GDELT 2.0 event table, in order. */
    static final List<String> COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : new String[]{"Actor1", "Actor2"}) {
            for (String field : new String[]{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}) {
                c.add(actor + field);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : new String[]{"Actor1Geo", "Actor2Geo", "ActionGeo"}) {
            for (String field : new String[]{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID"}) {
                c.add(geo + "_" + field);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        COLUMNS = List.copyOf(c);
    }

    /** Actor codes that are not states: CAMEO writes them as the actor's first type code, not as its country. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "ISM");

    private GdeltExport() {
    }

    /**
     * The numeric id of an event: its 16-hex-digit store id cut to 15 digits (60 bits), read as a number, so it
     * fits GDELT's integer column and stays stable. In SQL: {@code ('0x' || substr(event_id, 1, 15))::BIGINT}.
     */
    static long globalEventId(String eventId) {
        return Long.parseLong(eventId.substring(0, 15), 16);
    }

    /** The row of one row of {@link Exports#DETAIL_SQL}; the event must have a date. */
    static List<String> row(Row r) {
        String[] v = new String[COLUMNS.size()];
        Arrays.fill(v, "");
        LocalDate date = r.date("date");
        set(v, "GLOBALEVENTID", Long.toString(globalEventId(r.string("event_id"))));
        set(v, "SQLDATE", String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth()));
        set(v, "MonthYear", String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue()));
        set(v, "Year", Integer.toString(date.getYear()));
        set(v, "FractionDate", String.format(Locale.ROOT, "%.4f",
                date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear()));
        actor(v, "Actor1", r, "source");
        actor(v, "Actor2", r, "target");
        Integer first = r.string("first_sentence") == null ? null : r.intValue("first_sentence");
        set(v, "IsRootEvent", first != null && first <= 1 ? "1" : "0");
        String cameo = r.string("cameo");
        set(v, "EventCode", cameo);
        set(v, "EventBaseCode", cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        set(v, "EventRootCode", r.string("root_code"));
        set(v, "QuadClass", Integer.toString(r.intValue("quad_class")));
        set(v, "GoldsteinScale", number(r.doubleOrNull("goldstein")));
        set(v, "NumMentions", Integer.toString(r.intValue("num_mentions")));
        set(v, "NumSources", Integer.toString(r.intValue("num_sources")));
        set(v, "NumArticles", Integer.toString(r.intValue("num_articles")));
        actionGeo(v, r);
        set(v, "DATEADDED", r.string("first_stored_at"));
        String url = r.string("first_url");
        set(v, "SOURCEURL", url != null ? url : r.string("first_article_id"));
        return Arrays.stream(v).map(GdeltExport::clean).toList();
    }

    /** Code (country and types run together, as CAMEO actor codes are), name, country, known group, types. */
    private static void actor(String[] v, String prefix, Row r, String side) {
        String code = r.string(side + "_code");
        String sector = r.string(side + "_sector");
        if (code == null && sector == null) {
            return;
        }
        set(v, prefix + "Code", (code == null ? "" : code) + (sector == null ? "" : sector));
        String name = r.string(side + "_name");
        set(v, prefix + "Name", name != null ? name : r.string(side + "_text"));
        if (code != null && NON_STATE.contains(code)) {
            set(v, prefix + "KnownGroupCode", r.string(side + "_org"));
            set(v, prefix + "Type1Code", code);
            set(v, prefix + "Type2Code", sector);
        } else {
            set(v, prefix + "CountryCode", code);
            set(v, prefix + "Type1Code", sector);
        }
    }

    /** Where the event happened, when the geocoder placed it (GDELT types: 1 country, 2/5 state, 3/4 city). */
    private static void actionGeo(String[] v, Row r) {
        Double lat = r.doubleOrNull("location_lat");
        String name = r.string("location_name");
        if (name == null && lat == null) {
            return;
        }
        String country = r.string("location_country");
        String precision = r.string("location_precision");
        boolean usa = "USA".equals(country);
        String type = precision == null ? "" : switch (precision) {
            case "country" -> "1";
            case "region" -> usa ? "2" : "5";
            case "city" -> usa ? "3" : "4";
            default -> "";
        };
        set(v, "ActionGeo_Type", type);
        String admin1 = r.string("location_admin1");
        StringBuilder full = new StringBuilder(name == null ? "" : name);
        if (admin1 != null && !admin1.equals(name)) {
            full.append(full.isEmpty() ? "" : ", ").append(admin1);
        }
        if (country != null && !"country".equals(precision)) {
            full.append(full.isEmpty() ? "" : ", ").append(country);
        }
        set(v, "ActionGeo_FullName", full.toString());
        set(v, "ActionGeo_CountryCode", country);
        if (lat != null) {
            set(v, "ActionGeo_Lat", number(lat));
            set(v, "ActionGeo_Long", number(r.doubleOrNull("location_lon")));
        }
        Long geonamesId = r.longOrNull("location_geonames_id");
        if (geonamesId != null && geonamesId != 0) {
            set(v, "ActionGeo_FeatureID", Long.toString(geonamesId));
        }
    }

    private static void set(String[] v, String column, String value) {
        int i = COLUMNS.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no GDELT column " + column);
        }
        v[i] = value == null ? "" : value;
    }

    private static String number(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
    }

    /** A field cannot hold a tab or a line break: they become spaces. */
    private static String clean(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replaceAll("[\\t\\r\\n]", " ");
    }
}
