package dev.maturity.probes.git.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compiled classifier gives, for every path, exactly the kinds the per-kind RE2 expressions gave: over generated
 * paths (ML words, odd characters, repeated slashes), with the default globs and with rubric parameters that
 * replace and extend them.
 */
class MlPathsEquivalenceTest {

    private static final int PATHS = 6_000;

    @Test
    void defaultGlobsClassifyEveryGeneratedPathLikeThePerKindExpressions() {
        int compared = compare(MlPaths.defaultPaths(), new RegexMlPaths(MlPaths.DEFAULTS), new GeneratedPaths(7));
        assertThat(compared).isGreaterThan(PATHS * 9 / 10);
    }

    @Test
    void rubricParametersClassifyLikeThePerKindExpressions() {
        Map<String, Object> parameters = Map.of(
                "paths.prompt", List.of("**/[Pp]rompt_lib/**", "*.tmpl", "**/*.{j2,jinja}", "templates/?/*.txt"),
                "paths.deploy", List.of("{deploy,ops}/**", "**/[!a-c]*.helm", "infra/**/values*.y*ml"),
                "paths.eval_data", List.of("**/evals/**.jsonl", "**/golden-[0-9]*/**", "**/a-]b/**"),
                "risk.paths", List.of("**/risk/*.md", "legal/**.pdf", "a\\*b", "**/{,x}dpia*"));
        Map<PathKind, List<String>> globs = new EnumMap<>(MlPaths.DEFAULTS);
        globs.put(PathKind.PROMPT, List.of("**/[Pp]rompt_lib/**", "*.tmpl", "**/*.{j2,jinja}", "templates/?/*.txt"));
        globs.put(PathKind.DEPLOY, List.of("{deploy,ops}/**", "**/[!a-c]*.helm", "infra/**/values*.y*ml"));
        globs.put(PathKind.EVAL_DATA, List.of("**/evals/**.jsonl", "**/golden-[0-9]*/**", "**/a-]b/**"));
        List<String> risk = new ArrayList<>(MlPaths.DEFAULTS.get(PathKind.RISK_DOC));
        risk.addAll(List.of("**/risk/*.md", "legal/**.pdf", "a\\*b", "**/{,x}dpia*"));
        globs.put(PathKind.RISK_DOC, risk);

        GeneratedPaths generated = new GeneratedPaths(11);
        int compared = compare(MlPaths.from(parameters), new RegexMlPaths(globs), generated);
        assertThat(compared).isGreaterThan(PATHS * 9 / 10);
        MlPaths compiled = MlPaths.from(parameters);
        assertThat(compiled.classify("Templates/x/hello.TXT")).containsExactly(PathKind.PROMPT);
        assertThat(compiled.classify("ops/values.yaml")).containsExactly(PathKind.DEPLOY);
        assertThat(compiled.classify("svc/golden-2026/cases.csv")).contains(PathKind.EVAL_DATA);
        assertThat(compiled.classify("a*b")).containsExactly(PathKind.RISK_DOC);
        assertThat(compiled.classify("axb")).isEmpty();
    }

    @Test
    void thePromptfooRuleAndNormalisedPathsAgreeToo() {
        MlPaths compiled = MlPaths.defaultPaths();
        RegexMlPaths regex = new RegexMlPaths(MlPaths.DEFAULTS);
        for (String p : List.of("prompts/promptfooconfig.yaml", "prompts//system.md", "prompts/system.md/",
                "evals/promptfooconfig.yaml/", "PROMPTS/A.TXT", "a/b\nc/prompts/x", "deploy\n/x", "x/evals/y\u2028z.json")) {
            assertThat(compiled.classify(p)).as(p).isEqualTo(regex.classify(p));
        }
    }

    /** Compares every generated path where the old classifier could answer; how many were compared. */
    private static int compare(MlPaths compiled, RegexMlPaths regex, GeneratedPaths generated) {
        int compared = 0;
        for (int i = 0; i < PATHS; i++) {
            String p = generated.next();
            Set<PathKind> expected = regex.classify(p);
            assertThat(compiled.classify(p)).as("kinds of %s", p.replace("\n", "\\n")).isEqualTo(expected);
            compared++;
        }
        return compared;
    }
}
