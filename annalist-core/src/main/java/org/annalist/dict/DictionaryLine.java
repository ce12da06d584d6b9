package org.annalist.dict;

import java.util.Arrays;
import java.util.List;

/**
 * One data line of a dictionary file: its TAB-separated columns and where it stands, for error messages.
 *
 * @param file    file name as shown to users
 * @param number  line number, from 1
 * @param columns the columns, trimmed; missing trailing columns read as empty strings
 */
public record DictionaryLine(String file, int number, List<String> columns) {

    /** "file:line", the form used in messages and in evidence. */
    public String location() {
        return file + ":" + number;
    }

    /** The column at {@code index}, or "" when the line is shorter. */
    public String column(int index) {
        return index < columns.size() ? columns.get(index) : "";
    }

    /** The column at {@code index}, which must not be empty. */
    public String required(int index, String name) {
        String value = column(index);
        if (value.isEmpty()) {
            throw error("missing " + name + " (column " + (index + 1) + ")");
        }
        return value;
    }

    /** The {@code |}-separated list in the column at {@code index}; empty when the column is. */
    public List<String> list(int index) {
        String value = column(index);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public DictionaryException error(String problem) {
        return new DictionaryException(location(), problem);
    }
}
