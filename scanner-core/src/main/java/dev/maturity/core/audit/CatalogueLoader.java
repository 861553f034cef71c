package dev.maturity.core.audit;

import dev.maturity.core.digest.Digests;
import dev.maturity.core.rubric.Rubric;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the control catalogue shipped in the jar and, optionally, a user's file over it, the way
 * the rubric is extended: a control with the same framework and id replaces the shipped one, a new
 * one is added, {@code remove: [eu-ai-act:Art.26]} drops. Every criterion a control maps must exist
 * in the effective rubric; each error names the file and line.
 */
public final class CatalogueLoader {

    public static final String DEFAULT_RESOURCE = "/dev/maturity/core/audit/controls.yaml";
    private static final String DEFAULT_NAME = "controls.yaml";

    private CatalogueLoader() {
    }

    /** The shipped catalogue, then {@code override} over it when not null; checked against the rubric. */
    public static ControlCatalogue load(Path override, Rubric rubric) {
        byte[] shipped = shipped();
        Map<String, Control> controls = new LinkedHashMap<>();
        YamlNode base = parse(DEFAULT_NAME, new String(shipped, StandardCharsets.UTF_8));
        apply(DEFAULT_NAME, base, controls, rubric);
        String id = base.get("id").textOr("maturity-controls");
        String version = base.get("version").textOr("");
        byte[] all = shipped;
        if (override != null) {
            String name = override.toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(override);
            } catch (IOException e) {
                throw new CatalogueException(name, 0, "cannot read the control catalogue: " + e.getMessage());
            }
            YamlNode root = parse(name, new String(bytes, StandardCharsets.UTF_8));
            for (YamlNode r : root.get("remove").items()) {
                if (controls.remove(r.textOr("")) == null) {
                    throw new CatalogueException(name, r.line(), "remove: no control '" + r.textOr("")
                            + "' in the catalogue (write framework:id, for example eu-ai-act:Art.26)");
                }
            }
            apply(name, root, controls, rubric);
            id = root.get("id").textOr(id);
            version = root.get("version").textOr(version);
            all = concat(shipped, bytes);
        }
        return new ControlCatalogue(id, version, Digests.hex(all), new ArrayList<>(controls.values()));
    }

    private static void apply(String file, YamlNode root, Map<String, Control> controls, Rubric rubric) {
        YamlNode list = root.get("controls");
        if (!list.isMissing() && !list.isSequence()) {
            throw new CatalogueException(file, list.line(), "controls must be a list");
        }
        for (YamlNode n : list.items()) {
            Control c = control(file, n, rubric);
            controls.put(c.key(), c);
        }
    }

    private static Control control(String file, YamlNode n, Rubric rubric) {
        if (!n.isMapping()) {
            throw new CatalogueException(file, n.line(), "a control must be a mapping with framework, id, title, paraphrase, criteria");
        }
        String fw = required(file, n, "framework");
        Framework framework = Framework.of(fw).orElseThrow(() -> new CatalogueException(file, n.get("framework").line(),
                "unknown framework '" + fw + "' (valid: " + Framework.names() + ")"));
        String id = required(file, n, "id");
        YamlNode criteria = n.get("criteria");
        if (!criteria.isSequence() || criteria.items().isEmpty()) {
            throw new CatalogueException(file, n.line(), "control " + fw + ":" + id + " maps no criteria (criteria: [id, ...])");
        }
        List<String> ids = new ArrayList<>();
        for (YamlNode c : criteria.items()) {
            String cid = c.textOr("");
            if (rubric.criterion(cid).isEmpty()) {
                throw new CatalogueException(file, c.line(), "control " + fw + ":" + id + " maps criterion '" + cid
                        + "', which the rubric " + rubric.id() + " " + rubric.version() + " does not define");
            }
            ids.add(cid);
        }
        return new Control(framework, id, n.get("title").textOr(id), n.get("paraphrase").textOr(""), ids,
                file + ":" + n.line());
    }

    private static String required(String file, YamlNode n, String key) {
        String v = n.get(key).textOr("").trim();
        if (v.isEmpty()) {
            throw new CatalogueException(file, n.line(), "a control needs '" + key + "'");
        }
        return v;
    }

    private static YamlNode parse(String file, String text) {
        try {
            YamlNode root = SafeYaml.parse(text);
            if (!root.isMapping()) {
                throw new CatalogueException(file, root.line(), "a control catalogue is a mapping with 'controls:'");
            }
            return root;
        } catch (YamlParseException e) {
            throw new CatalogueException(file, e.line(), e.getMessage());
        }
    }

    private static byte[] shipped() {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("control catalogue missing from the classpath: " + DEFAULT_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the control catalogue", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
