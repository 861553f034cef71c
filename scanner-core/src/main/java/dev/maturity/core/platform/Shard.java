package dev.maturity.core.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Pod {@code index} of {@code count} in an Indexed Job: it takes every target whose position in
 * name order is congruent to its index, so the shards are disjoint, cover all and never depend
 * on file order or on which pod starts first.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is out of range (expected 0 <= i < n)");
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,5}") || !parts[1].matches("\\d{1,5}")) {
            throw new IllegalArgumentException("--shard must look like i/n (for example 2/8), not '" + text + "'");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** The explicit value, else the Indexed Job's JOB_COMPLETION_INDEX/JOB_COMPLETIONS, else all targets. */
    public static Shard resolve(String explicit, Map<String, String> env) {
        if (explicit != null && !explicit.isBlank()) {
            return parse(explicit);
        }
        String index = env.get("JOB_COMPLETION_INDEX");
        String count = env.get("JOB_COMPLETIONS");
        if (index != null && count != null) {
            return parse(index + "/" + count);
        }
        return ALL;
    }

    /** This shard's targets, in name order (all of them, in file order, when there is one shard). */
    public List<Target> select(List<Target> targets) {
        if (count == 1) {
            return List.copyOf(targets);
        }
        List<Target> sorted = targets.stream().sorted(Comparator.comparing(Target::name)).toList();
        return IntStream.range(0, sorted.size()).filter(i -> i % count == index).mapToObj(sorted::get).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
