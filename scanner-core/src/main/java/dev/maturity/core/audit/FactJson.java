package dev.maturity.core.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.facts.Fact;
import dev.maturity.core.yaml.YamlNode;
import java.io.IOException;
import java.util.Map;

/**
 * A fact read from MLflow or Kubernetes as JSON: the record's fields as the collector read them
 * (a Kubernetes object's body as the trimmed object), with the fact's type beside them.
 */
final class FactJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(new SimpleModule().addSerializer(YamlNode.class, new YamlNodeSerializer()))
            .build();

    private FactJson() {
    }

    static ObjectNode of(Fact fact) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", fact.getClass().getSimpleName());
        JsonNode body = MAPPER.valueToTree(fact);
        if (body instanceof ObjectNode o) {
            o.remove("evidence"); // the locator is given once, beside the facts
        }
        node.set("read", body);
        return node;
    }

    /** A parsed YAML/JSON node as the JSON it came from (scalars as strings). */
    private static final class YamlNodeSerializer extends JsonSerializer<YamlNode> {
        @Override
        public void serialize(YamlNode n, JsonGenerator g, SerializerProvider p) throws IOException {
            switch (n.kind()) {
                case SCALAR -> g.writeString(n.textOr(""));
                case SEQUENCE -> {
                    g.writeStartArray();
                    for (YamlNode item : n.items()) {
                        serialize(item, g, p);
                    }
                    g.writeEndArray();
                }
                case MAPPING -> {
                    g.writeStartObject();
                    for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
                        g.writeFieldName(e.getKey());
                        serialize(e.getValue(), g, p);
                    }
                    g.writeEndObject();
                }
                default -> g.writeNull();
            }
        }
    }
}
