package dev.maturity.core.waiver;

import dev.maturity.core.model.Track;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a waiver file. Every mistake is a {@link WaiverException} naming the file and line:
 * <pre>
 * waivers:
 *   - criterion: eval.regression-suite-in-ci
 *     track: llm                  # optional: classical or llm
 *     repository: support-bot     # optional: only scans of this repository
 *     reason: suite lands with the Q1 rewrite (PLAT-412)
 *     owner: jane.doe@example.com
 *     expires: 2027-01-31         # the last day it holds
 * </pre>
 */
public final class WaiverFile {

    private static final Set<String> KEYS = Set.of("criterion", "track", "repository", "reason", "owner", "expires");

    private WaiverFile() {
    }

    public static List<Waiver> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WaiverException(file.toString(), 0, "cannot read waiver file: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    public static List<Waiver> parse(String name, String text) {
        YamlNode root;
        try {
            root = SafeYaml.parse(text);
        } catch (YamlParseException e) {
            throw new WaiverException(name, e.line(), e.getMessage());
        }
        if (root.isMissing() || (root.isScalar() && root.text().orElse("").isBlank())) {
            return List.of();
        }
        if (!root.isMapping() || !root.has("waivers")) {
            throw new WaiverException(name, root.line(), "a waiver file is a mapping with a 'waivers:' list");
        }
        YamlNode list = root.get("waivers");
        if (!list.isSequence() && list.hasContent()) {
            throw new WaiverException(name, list.line(), "'waivers' must be a list");
        }
        List<Waiver> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            out.add(entry(name, item));
        }
        return List.copyOf(out);
    }

    private static Waiver entry(String name, YamlNode n) {
        if (!n.isMapping()) {
            throw new WaiverException(name, n.line(), "each waiver is a mapping with criterion, reason, owner, expires");
        }
        for (var e : n.entries().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new WaiverException(name, e.getValue().line(), "unknown key '" + e.getKey()
                        + "' (expected criterion, track, repository, reason, owner, expires)");
            }
        }
        String criterion = required(name, n, "criterion");
        Track track = null;
        if (n.has("track")) {
            try {
                track = Track.parse(required(name, n, "track"));
            } catch (IllegalArgumentException e) {
                throw new WaiverException(name, n.get("track").line(), e.getMessage());
            }
        }
        String repository = n.has("repository") ? required(name, n, "repository") : null;
        String reason = required(name, n, "reason");
        String owner = required(name, n, "owner");
        String expiresText = required(name, n, "expires");
        LocalDate expires;
        try {
            expires = LocalDate.parse(expiresText);
        } catch (DateTimeParseException e) {
            throw new WaiverException(name, n.get("expires").line(), "expires must be an ISO date such as 2027-01-31, not '"
                    + expiresText + "'");
        }
        return new Waiver(criterion, track, repository, reason, owner, expires, name + ":" + n.line());
    }

    private static String required(String name, YamlNode n, String key) {
        YamlNode v = n.get(key);
        if (v.isMissing()) {
            throw new WaiverException(name, n.line(), "waiver is missing '" + key + "'");
        }
        String text = v.text().orElse("").trim();
        if (text.isEmpty()) {
            throw new WaiverException(name, v.line(), "'" + key + "' must be a non-empty value");
        }
        return text;
    }
}
