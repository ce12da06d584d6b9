package org.annalist.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one run of {@link CodeJob} reads, writes and how.
 *
 * @param inputs      paths Spark can read (local, HDFS, S3, ...; directories and globs too)
 * @param inputFormat {@code jsonl} or {@code parquet}: the articles' columns are {@code id, text, title?, date?,
 *                    source?, url?} either way
 * @param output      where the events go; must not exist
 * @param format      {@code jsonl} (one event record per line) or {@code parquet} (the record's fields as columns)
 * @param partitions  how many partitions to code in; 0 means at least Spark's default parallelism, since one
 *                    small JSONL file is one partition and would keep all but one core idle
 * @param statements  also emit generic CAMEO 010 statements, as {@code annalist code --statements} does
 */
public record JobOptions(List<String> inputs, String inputFormat, String output, String format, int partitions,
                         boolean statements) {
    static final String USAGE = """
            usage: CodeJob --out OUTPUT [--format jsonl|parquet] [--input-format jsonl|parquet] [--partitions N] \
            [--statements] INPUT...
              INPUT   JSONL articles ({"id", "text", "title"?, "date"?, "source"?, "url"?} per line) or Parquet with
                      those columns (chosen by --input-format, else by a .parquet name)
              OUTPUT  a directory that does not exist yet; it receives the event records""";

    public JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given");
        }
        if (!inputFormat.equals("jsonl") && !inputFormat.equals("parquet")) {
            throw new IllegalArgumentException("--input-format must be jsonl or parquet, not '" + inputFormat + "'");
        }
        if (!format.equals("jsonl") && !format.equals("parquet")) {
            throw new IllegalArgumentException("--format must be jsonl or parquet, not '" + format + "'");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative, was " + partitions);
        }
    }

    /** Parses the command line; throws {@link IllegalArgumentException} with the reason when it is wrong. */
    public static JobOptions parse(String... args) {
        String output = null;
        String format = "jsonl";
        String inputFormat = null;
        int partitions = 0;
        boolean statements = false;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> output = value(args, ++i, arg);
                case "--format" -> format = value(args, ++i, arg);
                case "--input-format" -> inputFormat = value(args, ++i, arg);
                case "--partitions" -> partitions = number(value(args, ++i, arg), arg);
                case "--statements" -> statements = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option: '" + arg + "'");
                    }
                    positional.add(arg);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--out OUTPUT is required");
        }
        List<String> inputs = positional;
        if (inputFormat == null) {
            inputFormat = inputs.stream().allMatch(p -> p.toLowerCase(Locale.ROOT).endsWith(".parquet"))
                    ? "parquet" : "jsonl";
        }
        return new JobOptions(inputs, inputFormat, output, format, partitions, statements);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + s + "'");
        }
    }
}
