package dev.maturity.probes.mlflow.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maturity.core.spi.SourceStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one page of a long list in a single streaming pass, handing each item to a decoder with
 * its JSON tree and the exact text the server sent for it (so evidence digests cover what was read).
 */
public final class ListPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ListPage() {
    }

    /** Turns one list item into a value; {@code raw} is the item's JSON text as received. */
    @FunctionalInterface
    public interface ItemDecoder<T> {
        T decode(JsonNode item, String raw) throws MlflowReadException;
    }

    public static <T> Pages.Page<T> read(String what, String body, String listField, ItemDecoder<T> decoder)
            throws MlflowReadException {
        List<T> items = new ArrayList<>();
        String token = null;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(what);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals(listField) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        int start = (int) p.currentTokenLocation().getCharOffset();
                        JsonNode node = p.readValueAsTree();
                        int end = (int) p.currentLocation().getCharOffset();
                        items.add(decoder.decode(node, body.substring(start, Math.min(end, body.length()))));
                    }
                    if (p.currentToken() != JsonToken.END_ARRAY) {
                        throw malformed(what);
                    }
                } else if (field.equals("next_page_token") && value == JsonToken.VALUE_STRING) {
                    token = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw malformed(what);
        }
        return new Pages.Page<>(items, token);
    }

    static MlflowReadException malformed(String what) {
        return new MlflowReadException(SourceStatus.ERROR, what + ": malformed response (not the MLflow JSON shape)");
    }
}
