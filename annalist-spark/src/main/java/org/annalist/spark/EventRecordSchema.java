package org.annalist.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The event record (docs/event-record.md, version 3) as a Spark schema, field for field and in the same order,
 * for writing it as Parquet. Extend it whenever {@code EventRecords} gains a field: a field missing here would be
 * dropped from the Parquet output (EventRecordSchemaTest compares it with the records).
 */
final class EventRecordSchema {
    private EventRecordSchema() {
    }

    private static final DataType STRING = DataTypes.StringType;

    private static final StructType ACTOR = new StructType()
            .add("text", STRING).add("code", STRING).add("sector", STRING).add("name", STRING).add("org", STRING);

    static final StructType SCHEMA = new StructType()
            .add("record_version", DataTypes.IntegerType)
            .add("doc_id", STRING)
            .add("event_id", STRING)
            .add("sentence", DataTypes.IntegerType)
            .add("text", STRING)
            .add("date", STRING)
            .add("date_source", STRING)
            .add("date_span", new StructType().add("start", STRING).add("end", STRING))
            .add("source", ACTOR)
            .add("target", ACTOR)
            .add("cameo", STRING)
            .add("goldstein", DataTypes.DoubleType)
            .add("quad_class", DataTypes.IntegerType)
            .add("plover", new StructType().add("event", STRING).add("mode", STRING).add("context", STRING))
            .add("location", new StructType()
                    .add("name", STRING).add("country", STRING).add("admin1", STRING)
                    .add("lat", DataTypes.DoubleType).add("lon", DataTypes.DoubleType)
                    .add("geonames_id", DataTypes.LongType)
                    .add("precision", STRING).add("method", STRING))
            .add("evidence", new StructType()
                    .add("trigger", STRING).add("pattern", STRING).add("entry", STRING)
                    .add("rules", DataTypes.createArrayType(STRING)));
}
