package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.DateSpan;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Location;
import org.annalist.model.Plover;
import org.annalist.output.EventRecords;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class EventRecordSchemaTest {
    @Test
    void schema_fullyFilledRecord_sameFieldsInSameOrder() {
        Actor un = new Actor("the UN", "IGO", "GOV", "United Nations", "UN");
        Event event = new Event("doc", "0123456789abcdef", 1, "text", "2017-04-12", "text", un, un, "129", -5.0, 3,
                new Plover("REJECT", "veto", "diplomatic"),
                new Location("Syria", "SYR", "Idlib", 33.5, 36.3, 1L, "city", "sentence"),
                new Evidence("vetoed", "veto T", "events/verbs.txt:1", List.of("negated")),
                new DateSpan("2017-04-10", "2017-04-16"));

        assertThat(paths(EventRecordSchema.SCHEMA, "")).isEqualTo(paths(EventRecords.toJson(event), ""));
    }

    private static List<String> paths(StructType struct, String prefix) {
        List<String> out = new ArrayList<>();
        for (StructField f : struct.fields()) {
            out.add(prefix + f.name());
            if (f.dataType() instanceof StructType s) {
                out.addAll(paths(s, prefix + f.name() + "."));
            } else if (f.dataType() instanceof ArrayType) {
                out.set(out.size() - 1, prefix + f.name() + "[]");
            }
        }
        return out;
    }

    private static List<String> paths(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            JsonNode child = node.get(name);
            out.add(prefix + name + (child.isArray() ? "[]" : ""));
            if (child.isObject()) {
                out.addAll(paths(child, prefix + name + "."));
            }
        });
        return out;
    }
}
