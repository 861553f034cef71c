package dev.maturity.cli.accuracy;

import dev.maturity.cli.accuracy.Judgement.Applicability;
import dev.maturity.cli.accuracy.Judgement.Cell;
import dev.maturity.cli.accuracy.Judgement.TrackJudgement;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Track;
import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the corpus: one YAML file per judged repository (the shape is in
 * {@code bench/accuracy/README.md}). A malformed judgement is an error naming the file, never a
 * silently dropped repository.
 */
final class CorpusLoader {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern RANGE = Pattern.compile("([1-5])(?:-([1-5]))?");

    private CorpusLoader() {}

    static List<Judgement> load(Path dir) throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                judgements.add(read(file));
            }
        }
        return judgements;
    }

    static Judgement read(Path file) throws IOException {
        String name = file.getFileName().toString();
        YamlNode root;
        try {
            root = SafeYaml.parse(Files.readString(file));
        } catch (YamlParseException e) {
            throw new IllegalArgumentException(name + ":" + e.line() + ": " + e.getMessage(), e);
        }
        String sha = text(root, "sha", name);
        if (!SHA.matcher(sha).matches()) {
            throw new IllegalArgumentException(name + ": sha must be 40 lowercase hex digits, got " + sha);
        }
        Map<Track, TrackJudgement> tracks = new EnumMap<>(Track.class);
        for (Track track : Track.values()) {
            tracks.put(track, track(root.at("tracks", track.id()), name + ": tracks." + track.id()));
        }
        return new Judgement(text(root, "repo", name), sha, text(root, "as_of", name),
                root.get("category").textOr(""), root.get("judge").textOr(""), name, tracks);
    }

    private static TrackJudgement track(YamlNode node, String where) {
        if (node.isMissing() || (node.isScalar() && node.textOr("").equalsIgnoreCase("NA"))) {
            return TrackJudgement.notApplicable();
        }
        if (!node.isMapping()) {
            throw new IllegalArgumentException(where + ": expected NA or a map of five axes");
        }
        Applicability applicability = node.get("applicable").textOr("").toLowerCase(Locale.ROOT).equals("either")
                ? Applicability.EITHER : Applicability.APPLICABLE;
        Map<Axis, Cell> cells = new EnumMap<>(Axis.class);
        for (Axis axis : Axis.values()) {
            cells.put(axis, cell(node.get(axis.id()), where + "." + axis.id()));
        }
        return new TrackJudgement(applicability, cells);
    }

    private static Cell cell(YamlNode node, String where) {
        if (!node.isMapping()) {
            throw new IllegalArgumentException(where + ": missing {level, range, why}");
        }
        String levelText = node.get("level").textOr("").trim();
        if (!levelText.matches("[1-5]")) {
            throw new IllegalArgumentException(where + ": level must be 1..5, got '" + levelText + "'");
        }
        int level = Integer.parseInt(levelText);
        Matcher m = RANGE.matcher(node.get("range").textOr("").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(where + ": range must be N or LO-HI within 1..5");
        }
        int lo = Integer.parseInt(m.group(1));
        int hi = m.group(2) == null ? lo : Integer.parseInt(m.group(2));
        if (hi < lo || hi - lo > 1) {
            throw new IllegalArgumentException(where + ": range " + lo + "-" + hi + " must span at most two levels");
        }
        if (level < lo || level > hi) {
            throw new IllegalArgumentException(where + ": level " + level + " lies outside its range " + lo + "-" + hi);
        }
        return new Cell(level, lo, hi, node.get("why").textOr(""));
    }

    private static String text(YamlNode root, String field, String file) {
        String value = root.get(field).textOr("").trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(file + ": missing " + field);
        }
        return value;
    }
}
