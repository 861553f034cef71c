package dev.maturity.core.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** One source a scan read (or tried to): its kind, where, at which revision, and how it went. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceReport(String kind, String uri, String revision, SourceStatus status, String message) {
    public SourceReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public static SourceReport ok(String kind, String uri, String revision) {
        return new SourceReport(kind, uri, revision, SourceStatus.OK, "");
    }
}
