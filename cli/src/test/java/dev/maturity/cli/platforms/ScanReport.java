package dev.maturity.cli.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A JSON report produced by {@code maturity scan --format json}, read back for assertions. */
public record ScanReport(JsonNode json) {

    /** Runs {@code scan DIR --format json --output FILE} and reads the report. */
    static ScanReport scan(Path repo, Path out) {
        int exit = Main.run("scan", repo.toString(), "--format", "json", "--output", out.toString());
        assertThat(exit).as("exit code").isZero();
        try {
            return new ScanReport(new ObjectMapper().readTree(out.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode axis(String axis, String track) {
        for (JsonNode a : json.get("axes")) {
            if (a.get("axis").asText().equals(axis) && a.get("track").asText().equals(track)) {
                return a;
            }
        }
        throw new AssertionError("no axis " + axis + "/" + track + " in " + json);
    }

    public JsonNode criterion(String axis, String track, String id) {
        for (JsonNode c : axis(axis, track).get("criteria")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    /** Criterion id → outcome for one axis and track, at one level. */
    public Map<String, String> outcomes(String axis, String track, int level) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode c : axis(axis, track).get("criteria")) {
            if (c.get("level").asInt() == level) {
                out.put(c.get("id").asText(), c.get("outcome").asText());
            }
        }
        return out;
    }

    public List<String> locators(JsonNode criterion) {
        List<String> out = new ArrayList<>();
        criterion.get("evidence").forEach(e -> out.add(e.get("locator").asText()));
        return out;
    }

    /** The one source of a kind ({@code git}, {@code mlflow}, {@code kubernetes}). */
    public JsonNode source(String kind) {
        List<JsonNode> found = new ArrayList<>();
        json.get("sources").forEach(s -> {
            if (s.get("kind").asText().equals(kind)) {
                found.add(s);
            }
        });
        assertThat(found).as("sources of kind " + kind + " in " + json.get("sources")).hasSize(1);
        return found.get(0);
    }

    /** {@code axis/track} → {@code level^ceiling} for every axis and track, in report order. */
    public Map<String, String> levels() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        json.get("axes").forEach(a -> out.put(a.get("axis").asText() + "/" + a.get("track").asText(),
                a.path("level").asText("-") + "^" + a.path("ceiling").asText("-")));
        return out;
    }

    /** {@code axis/track criterion} → outcome, for every criterion. */
    public Map<String, String> outcomes() {
        Map<String, String> out = new TreeMap<>();
        json.get("axes").forEach(a -> a.get("criteria").forEach(c -> out.put(a.get("axis").asText() + "/"
                + a.get("track").asText() + " " + c.get("id").asText(), c.get("outcome").asText())));
        return out;
    }
}
