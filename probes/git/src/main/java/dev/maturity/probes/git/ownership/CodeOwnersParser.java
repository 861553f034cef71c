package dev.maturity.probes.git.ownership;

import dev.maturity.core.model.Strength;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a CODEOWNERS file into rules. Lines GitHub would reject (negation, character ranges,
 * malformed owners) are skipped and reported as problems with their line, as GitHub does.
 */
final class CodeOwnersParser {

    private static final Pattern SECTION = Pattern.compile("^\\^?\\[([^\\]]+)](?:\\[\\d+])?\\s*(.*)$");
    private static final Pattern OWNER = Pattern.compile("@@?[A-Za-z0-9][A-Za-z0-9_.\\-/]*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TOKEN = Pattern.compile("(?:\\\\.|\\S)+");

    /** A line that was skipped, and why. */
    record Problem(int line, String message) {
    }

    /** The rules and the skipped lines of one file. */
    record Parsed(List<OwnerRule> rules, List<Problem> problems) {
    }

    private CodeOwnersParser() {
    }

    static boolean looksLikeGitLab(String text) {
        return text.lines().map(String::strip).anyMatch(l -> SECTION.matcher(l).matches());
    }

    static Parsed parse(RepoSnapshot repo, String path, String text, CodeOwners.Flavor flavor) {
        List<OwnerRule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String section = "";
        List<String> sectionOwners = List.of();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (flavor == CodeOwners.Flavor.GITLAB) {
                Matcher s = SECTION.matcher(line);
                if (s.matches()) {
                    section = s.group(1).strip();
                    sectionOwners = owners(tokens(s.group(2)), flavor, lineNo, problems);
                    continue;
                }
            }
            List<String> tokens = tokens(line);
            String pattern = tokens.get(0);
            boolean exclusion = pattern.startsWith("!");
            if (exclusion && flavor == CodeOwners.Flavor.GITHUB) {
                problems.add(new Problem(lineNo, "negation '!' is not supported in GitHub CODEOWNERS; line ignored"));
                continue;
            }
            if (flavor == CodeOwners.Flavor.GITHUB && pattern.contains("[")) {
                problems.add(new Problem(lineNo, "character ranges '[ ]' are not supported in GitHub CODEOWNERS; line ignored"));
                continue;
            }
            List<String> owners = owners(tokens.subList(1, tokens.size()), flavor, lineNo, problems);
            if (owners.isEmpty() && flavor == CodeOwners.Flavor.GITLAB && !exclusion) {
                owners = sectionOwners;
            }
            String raw = exclusion ? pattern.substring(1) : pattern;
            OwnerRule rule = new OwnerRule(OwnerPattern.compile(raw), owners, lineNo, section, exclusion,
                    repo.evidence(path, lineNo, lineNo, Strength.DECLARED,
                            (section.isEmpty() ? "" : "[" + section + "] ") + (exclusion ? "!" : "") + raw + " "
                                    + (owners.isEmpty() ? "(no owner)" : String.join(" ", owners))));
            rules.add(rule);
        }
        return new Parsed(rules, problems);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> owners(List<String> tokens, CodeOwners.Flavor flavor, int line, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (t.startsWith("#")) {
                if (flavor == CodeOwners.Flavor.GITHUB) {
                    break;
                }
                continue;
            }
            if (OWNER.matcher(t).matches()) {
                out.add(t);
            } else if (flavor == CodeOwners.Flavor.GITHUB) {
                problems.add(new Problem(line, "'" + t + "' is not an owner (@user, @org/team or e-mail)"));
            }
        }
        return out;
    }
}
