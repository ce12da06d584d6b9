package org.annalist.spark;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.annalist.model.Article;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

/**
 * Articles as Spark rows: reads JSONL or Parquet into the columns {@link #COLUMNS}, all strings, and turns a row
 * into an {@link Article} by the same rules as the command line's JSONL reader ({@code docs/input-formats.md}).
 */
final class ArticleRows {
    /** The normalised columns, in this order; {@code corrupt} holds a JSONL line that was not a JSON object. */
    static final List<String> COLUMNS = List.of("id", "title", "date", "text", "source", "url", "origin", "corrupt");
    private static final List<String> FIELDS = List.of("id", "title", "date", "text", "source", "url");
    private static final String CORRUPT = "_corrupt_record";

    private ArticleRows() {
    }

    /** Reads the inputs; nothing is read until an action runs. */
    static Dataset<Row> read(SparkSession spark, JobOptions options) {
        String[] paths = options.inputs().toArray(String[]::new);
        if (options.inputFormat().equals("parquet")) {
            Dataset<Row> parquet = spark.read().parquet(paths);
            List<String> present = List.of(parquet.columns());
            for (String required : List.of("id", "text")) {
                if (!present.contains(required)) {
                    throw new IllegalArgumentException("the Parquet input has no column '" + required + "' (it has "
                            + present + ")");
                }
            }
            // Casting to string keeps numeric ids as the CLI does, and a DATE column as YYYY-MM-DD.
            return parquet.select(FIELDS.stream()
                    .map(f -> present.contains(f) ? col(f).cast(DataTypes.StringType).as(f)
                            : lit(null).cast(DataTypes.StringType).as(f))
                    .toArray(Column[]::new))
                    .withColumn("origin", input_file_name())
                    .withColumn("corrupt", lit(null).cast(DataTypes.StringType));
        }
        // Every field as a string: a number where a string belongs keeps its JSON text, so ids like 17 survive.
        StructType schema = new StructType();
        for (String f : FIELDS) {
            schema = schema.add(f, DataTypes.StringType);
        }
        schema = schema.add(CORRUPT, DataTypes.StringType);
        return spark.read().schema(schema)
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .json(paths)
                .withColumn("origin", input_file_name())
                .withColumnRenamed(CORRUPT, "corrupt")
                .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    /** The article of a row, or {@link BadArticle} saying what is wrong with it. */
    static Article article(Row row) throws BadArticle {
        String origin = string(row, 6);
        if (string(row, 7) != null) {
            throw new BadArticle(null, "not valid JSON: " + shorten(string(row, 7)));
        }
        String id = string(row, 0);
        if (id == null) {
            throw new BadArticle(null, "missing \"id\"");
        }
        if (id.isBlank()) {
            throw new BadArticle(id, "empty \"id\"");
        }
        String text = string(row, 3);
        if (text == null) {
            throw new BadArticle(id, "missing \"text\"");
        }
        if (text.isBlank()) {
            throw new BadArticle(id, "empty \"text\"");
        }
        String title = string(row, 1);
        return new Article(id, title == null ? "" : title.strip(), date(id, string(row, 2)), text, string(row, 4),
                string(row, 5), origin == null ? id : origin);
    }

    private static String string(Row row, int i) {
        return row.isNullAt(i) ? null : row.getString(i);
    }

    /** {@code YYYY-MM-DD}, or a timestamp whose date is taken as written; null or "" for unknown. */
    private static LocalDate date(String id, String value) throws BadArticle {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException notPlainDate) {
            try {
                // Spark writes a TIMESTAMP cast to string with a space where ISO has a T.
                return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(v.replaceFirst(" ", "T")));
            } catch (DateTimeException notTimestamp) {
                throw new BadArticle(id, "bad \"date\" \"" + shorten(v) + "\" (expected YYYY-MM-DD)");
            }
        }
    }

    private static String shorten(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /** Why a row is not an article; carries no stack trace, being a message for the user. */
    static final class BadArticle extends Exception {
        private final String id;

        BadArticle(String id, String reason) {
            super(reason, null, false, false);
            this.id = id;
        }

        /** The row's id, or null when it has none. */
        String id() {
            return id;
        }
    }
}
