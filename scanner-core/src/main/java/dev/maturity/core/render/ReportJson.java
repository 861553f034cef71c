package dev.maturity.core.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.maturity.core.score.Report;
import java.io.IOException;
import java.nio.file.Path;

/** The JSON contract (schema version 1): writes reports, and reads them back (baselines, diffs). */
public final class ReportJson implements Renderer {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        out.append(MAPPER.writeValueAsString(report)).append('\n');
    }

    /** Reads a report written by this or an earlier version of the tool. */
    public static Report read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Report.class);
    }

    public static Report read(String json) throws IOException {
        return MAPPER.readValue(json, Report.class);
    }
}
