package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads gold event files ({@code *.events.jsonl}). */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {}

    /**
     * @throws IllegalArgumentException naming the file and line when a line is not a valid gold event
     * @throws IOException when the file cannot be read
     */
    public static List<GoldEvent> read(Path file) throws IOException {
        List<GoldEvent> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                out.add(new GoldEvent(text(n, "doc"), i + 1, text(n, "sub_event_type"), text(n, "actor1"), text(n, "actor2"),
                        number(n, "fatalities"), number(n, "injured"), number(n, "arrested"),
                        text(n, "admin1"), n.has("admin1"), date(n), n.has("date"), text(n, "evidence")));
            } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a gold event: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static LocalDate date(JsonNode n) {
        String s = text(n, "date");
        return s == null ? null : LocalDate.parse(s);
    }
}
