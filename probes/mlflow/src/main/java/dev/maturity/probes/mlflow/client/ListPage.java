package dev.maturity.probes.mlflow.client;

import dev.maturity.core.digest.Digests;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;
import dev.maturity.core.spi.SourceStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one page of a long list in a single streaming pass, handing each item read to a decoder
 * with the digest of the exact bytes the server sent for it (so evidence digests cover what was read).
 */
public final class ListPage {

    private static final JsonFactory JSON = new JsonFactory();

    private ListPage() {
    }

    /** Reads one list item: the parser on its START_OBJECT, to be left on its END_OBJECT. */
    @FunctionalInterface
    public interface ItemReader<M> {
        M read(JsonParser parser) throws IOException;
    }

    /** Turns one item read into a value; {@code digest} covers the item's JSON bytes as received. */
    @FunctionalInterface
    public interface ItemDecoder<M, T> {
        T decode(M item, String digest) throws MlflowReadException;
    }

    public static <M, T> Pages.Page<T> read(String what, byte[] body, String listField, ItemReader<M> reader,
                                            ItemDecoder<M, T> decoder)
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
                        int start = (int) p.currentTokenLocation().getByteOffset();
                        M item = reader.read(p);
                        if (p.currentToken() != JsonToken.END_OBJECT) {
                            throw malformed(what);
                        }
                        int end = Math.min((int) p.currentLocation().getByteOffset(), body.length);
                        items.add(decoder.decode(item, Digests.evidence(body, start, end - start)));
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
