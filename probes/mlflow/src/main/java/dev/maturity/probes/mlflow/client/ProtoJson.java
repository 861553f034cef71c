package dev.maturity.probes.mlflow.client;

import dev.maturity.core.spi.SourceStatus;
import org.mlflow_project.google.protobuf.InvalidProtocolBufferException;
import org.mlflow_project.google.protobuf.Message;
import org.mlflow_project.google.protobuf.util.JsonFormat;

/**
 * Decodes MLflow REST responses into mlflow-client's own protobuf messages, so field names are
 * the server's. Unknown fields (newer servers) are ignored; anything that is not the expected
 * JSON is a malformed response.
 */
public final class ProtoJson {

    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private ProtoJson() {
    }

    /** Merges {@code json} into {@code builder} and builds it. */
    @SuppressWarnings("unchecked")
    public static <M extends Message> M decode(String what, byte[] json, Message.Builder builder) throws MlflowReadException {
        if (json == null) {
            throw new MlflowReadException(SourceStatus.ERROR, what + ": not found (HTTP 404)");
        }
        try {
            PARSER.merge(new String(json, java.nio.charset.StandardCharsets.UTF_8), builder);
            return (M) builder.build();
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new MlflowReadException(SourceStatus.ERROR, what + ": malformed response (not the MLflow JSON shape)");
        }
    }
}
