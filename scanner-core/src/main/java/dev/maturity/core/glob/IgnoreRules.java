package dev.maturity.core.glob;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordered gitignore-style rules where the last rule that matches decides, and a rule written
 * {@code !pattern} re-includes what it matches. Consecutive rules of the same sign are matched
 * as one RE2 expression, so a path costs one linear pass per run of same-sign rules; up to
 * {@link #SET_RULES} rules (the defaults and any usual ignore file) are instead one {@link GlobSet}
 * with a tag per rule, one pass over the path for all of them. Unlike git, a negation can re-include a
 * file under an excluded directory.
 */
public final class IgnoreRules {

    /** One rule: a pattern, and whether it re-includes. */
    public record Rule(String pattern, boolean anywhere, boolean negated) {
    }

    private record Run(Glob glob, boolean negated, List<Rule> rules, GitignorePattern.Dialect dialect) {
        /** The first rule of the run that matches the path, compiled only when asked (a path was excluded). */
        String which(String path) {
            for (Rule r : rules) {
                if (Glob.ofRegex(r.pattern(), GitignorePattern.regex(r.pattern(), dialect, r.anywhere())).matches(path)) {
                    return r.pattern();
                }
            }
            return glob.toString();
        }
    }

    /** Rules matched as one set automaton (a tag bit each); more are matched run by run. */
    static final int SET_RULES = 64;

    private final List<Run> runs = new ArrayList<>();
    private final List<Rule> rules;
    private final GlobSet set;

    public IgnoreRules(List<Rule> rules, GitignorePattern.Dialect dialect) {
        this.rules = List.copyOf(rules);
        if (rules.size() <= SET_RULES) {
            GlobSet.Builder b = GlobSet.builder();
            for (int k = 0; k < rules.size(); k++) {
                Rule r = rules.get(k);
                b.add(GitignorePattern.parts(r.pattern(), dialect, r.anywhere()), 1L << k);
            }
            this.set = b.build();
            return;
        }
        this.set = null;
        int i = 0;
        while (i < rules.size()) {
            boolean negated = rules.get(i).negated();
            StringBuilder re = new StringBuilder();
            StringBuilder names = new StringBuilder();
            List<Rule> members = new ArrayList<>();
            while (i < rules.size() && rules.get(i).negated() == negated) {
                Rule r = rules.get(i++);
                members.add(r);
                re.append(re.length() == 0 ? "" : "|").append("(?:")
                        .append(GitignorePattern.regex(r.pattern(), dialect, r.anywhere())).append(')');
                names.append(names.length() == 0 ? "" : ", ").append(r.pattern());
            }
            runs.add(new Run(Glob.ofRegex(names.toString(), re.toString()), negated, members, dialect));
        }
    }

    /** Whether the last rule matching the path (or a directory above it) excludes it. */
    public boolean excluded(String path) {
        if (set != null) {
            long matched = set.match(path);
            return matched != 0 && !rules.get(63 - Long.numberOfLeadingZeros(matched)).negated();
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).glob().matches(path)) {
                return !runs.get(i).negated();
            }
        }
        return false;
    }

    /** The rule that excludes the path, as it was written; empty when the path is kept. */
    public java.util.Optional<String> rule(String path) {
        if (set != null) {
            long matched = set.match(path);
            if (matched == 0) {
                return java.util.Optional.empty();
            }
            int last = 63 - Long.numberOfLeadingZeros(matched);
            if (rules.get(last).negated()) {
                return java.util.Optional.empty();
            }
            int first = last; // the first rule of the deciding run that matches, as the runs name it
            for (int k = last - 1; k >= 0 && rules.get(k).negated() == rules.get(last).negated(); k--) {
                first = (matched & 1L << k) != 0 ? k : first;
            }
            return java.util.Optional.of(rules.get(first).pattern());
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).glob().matches(path)) {
                return runs.get(i).negated() ? java.util.Optional.empty() : java.util.Optional.of(runs.get(i).which(path));
            }
        }
        return java.util.Optional.empty();
    }
}
