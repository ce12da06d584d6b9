package org.annalist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads PLOVER gold standard records (a JSON array, or one JSON object per line). */
public final class GoldStandard {
    /** PLOVER's early type names and their 2021 names, as the evaluation protocol prescribes. */
    static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldStandard() {
    }

    public static List<GoldRecord> read(Path file) {
        JsonNode root;
        try {
            String content = Files.readString(file);
            if (content.isBlank()) {
                throw new IllegalArgumentException(file + ": the file is empty");
            }
            if (content.stripLeading().startsWith("[")) {
                root = MAPPER.readTree(content);
            } else {
                var array = MAPPER.createArrayNode();
                int n = 0;
                for (String line : content.split("\n")) {
                    n++;
                    if (!line.isBlank()) {
                        try {
                            array.add(MAPPER.readTree(line));
                        } catch (IOException e) {
                            throw new IllegalArgumentException(file + ":" + n + ": not valid JSON");
                        }
                    }
                }
                root = array;
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        List<GoldRecord> records = new ArrayList<>();
        int index = 0;
        for (JsonNode r : root) {
            index++;
            String text = r.path("text").asText("").strip();
            String event = r.path("event").asText("").strip().toUpperCase();
            if (text.isEmpty() || event.isEmpty()) {
                throw new IllegalArgumentException(file + ": record " + index + " has no text or no event");
            }
            records.add(new GoldRecord(r.path("id").asText("record-" + index), text, RENAMED.getOrDefault(event, event),
                    codes(r.get("source")), codes(r.get("target"))));
        }
        return records;
    }

    /** Actor codes of a gold field that may be a list of objects, one object, or empty. */
    private static Set<String> codes(JsonNode node) {
        Set<String> codes = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return codes;
        }
        if (node.isObject()) {
            addCode(node, codes);
        } else if (node.isArray()) {
            node.forEach(a -> addCode(a, codes));
        }
        return codes;
    }

    private static void addCode(JsonNode actor, Set<String> codes) {
        String code = actor.path("code").asText("").strip();
        if (code.length() >= 3) {
            codes.add(Score.normalise(code));
        }
    }
}
