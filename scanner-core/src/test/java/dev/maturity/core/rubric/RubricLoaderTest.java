package dev.maturity.core.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultRubricShippedParsedIsTheRubricItsYamlGives() throws IOException {
        byte[] yaml;
        try (var in = RubricLoader.class.getResourceAsStream(RubricLoader.DEFAULT_RESOURCE)) {
            yaml = in.readAllBytes();
        }
        assertThat(CompiledRubric.forYaml(RubricLoader.DEFAULT_RESOURCE, yaml)).as("compiled by the build").isPresent();

        assertThat(RubricLoader.loadDefault()).isEqualTo(RubricLoader.parseDefault(yaml));
    }

    @Test
    void aCompiledRubricIsIgnoredUnlessItWasCompiledFromExactlyThisYaml() throws IOException {
        byte[] yaml = "id: x\nversion: '1'\ncriteria: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] compiled = CompiledRubric.compile(yaml, "sha256:00");
        byte[] edited = "id: y\nversion: '1'\ncriteria: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(CompiledRubric.read(compiled, yaml)).hasValueSatisfying(c -> assertThat(c.digest()).isEqualTo("sha256:00"));
        assertThat(CompiledRubric.read(compiled, edited)).isEmpty();
        assertThat(CompiledRubric.read(compiled, Arrays.copyOf(yaml, yaml.length - 1))).isEmpty();
    }

    @Test
    void theDefaultRubricCoversEveryAxisAndTrackAtEveryLevelFromTwoToFive() {
        Rubric r = RubricLoader.loadDefault();
        assertThat(r.id()).isEqualTo("default");
        assertThat(r.digest()).startsWith("sha256:");
        for (Axis axis : Axis.values()) {
            for (Track track : Track.values()) {
                Set<Integer> levels = r.criteria(axis, track).stream().map(Criterion::level).collect(Collectors.toSet());
                if (axis == Axis.EVALUATION && track == Track.CLASSICAL || axis == Axis.OBSERVABILITY) {
                    assertThat(levels).as(axis + "/" + track).containsAnyOf(2, 3, 4, 5);
                } else {
                    assertThat(levels).as(axis + "/" + track).contains(2, 3, 4, 5);
                }
            }
        }
        assertThat(r.criteria()).allSatisfy(c -> {
            assertThat(c.question()).isNotBlank();
            assertThat(c.remediation()).isNotBlank();
            assertThat(c.references()).isNotEmpty();
        });
        assertThat(r.upgradeFrom(3)).get().extracting(Upgrade::text).asString().contains("queueing");
    }

    @Test
    void historyCriteriaNeedAliveEvidenceLineageNeedsLiveEvidenceAndTheRegistryAcceptsAPipelineThatRegisters() {
        Rubric r = RubricLoader.loadDefault();
        assertThat(r.criterion("gov.changes-reviewed").orElseThrow().minStrength()).isEqualTo(Strength.ALIVE);
        assertThat(r.criterion("eval.production-samples-weekly").orElseThrow().minStrength()).isEqualTo(Strength.ALIVE);
        assertThat(r.criterion("repro.model-registry").orElseThrow().minStrength()).isEqualTo(Strength.WIRED);
        assertThat(r.criterion("repro.lineage-complete").orElseThrow().minStrength()).isEqualTo(Strength.LIVE);
        assertThat(r.criterion("eval.regression-suite-in-ci").orElseThrow().minStrength()).isEqualTo(Strength.WIRED);
    }

    @Test
    void aUserFileReplacesCriteriaByIdAddsNewOnesAndRemovesOthers() throws IOException {
        Path f = write("""
                parameters:
                  review.threshold: 0.9
                remove: [gov.docs-generated]
                criteria:
                  - id: eval.regression-suite-in-ci
                    axis: evaluation
                    track: llm
                    level: 3
                    question: Does the LLM suite run on every PR?
                    probes: [git.eval-suite-in-ci]
                    strength: wired
                  - id: acme.model-risk-tier
                    axis: governance
                    track: both
                    level: 4
                    question: Is each model assigned a risk tier?
                    probes: [git.model-cards]
                """);
        Rubric r = RubricLoader.load(f);
        assertThat(r.parameters()).containsEntry("review.threshold", 0.9);
        assertThat(r.criterion("gov.docs-generated")).isEmpty();
        assertThat(r.criterion("eval.regression-suite-in-ci").orElseThrow().tracks()).containsExactly(Track.LLM);
        assertThat(r.criterion("acme.model-risk-tier")).isPresent();
        assertThat(r.digest()).isNotEqualTo(RubricLoader.loadDefault().digest());
    }

    @Test
    void groupsNestAlternativesInsideAnAllOf() throws IOException {
        Rubric r = RubricLoader.loadDefault();
        ProbeExpr e = r.criterion("gov.owner-and-model-card").orElseThrow().probes();
        assertThat(e).isInstanceOf(ProbeExpr.Group.class);
        assertThat(((ProbeExpr.Group) e).combine()).isEqualTo(Combine.ALL);
        assertThat(e.probeIds()).contains("git.model-cards", "mlflow.model-owner-tags");
    }

    @Test
    void anInvalidLevelIsAnErrorNamingFileAndLine() throws IOException {
        Path f = write("""
                criteria:
                  - id: x.y
                    axis: evaluation
                    track: llm
                    level: 7
                    question: q
                    probes: [a]
                """);
        assertThatThrownBy(() -> RubricLoader.load(f)).isInstanceOf(RubricException.class)
                .hasMessageContaining(f + ":5").hasMessageContaining("level must be 2..5");
    }

    @Test
    void anUnknownAxisOrTrackOrMissingProbesIsAnError() throws IOException {
        Path axis = write("criteria:\n  - {id: x, axis: speed, track: llm, level: 2, question: q, probes: [a]}\n");
        assertThatThrownBy(() -> RubricLoader.load(axis)).hasMessageContaining(axis + ":2").hasMessageContaining("unknown axis 'speed'");
        Path track = write("criteria:\n  - {id: x, axis: evaluation, track: vision, level: 2, question: q, probes: [a]}\n");
        assertThatThrownBy(() -> RubricLoader.load(track)).hasMessageContaining("unknown track 'vision'");
        Path probes = write("criteria:\n  - {id: x, axis: evaluation, track: llm, level: 2, question: q}\n");
        assertThatThrownBy(() -> RubricLoader.load(probes)).hasMessageContaining("'probes' must list at least one probe id");
    }

    @Test
    void malformedYamlIsAnErrorWithTheLineOfTheProblem() throws IOException {
        Path f = write("criteria:\n  - id: x\n    axis: [evaluation\n    track: llm\n");
        assertThatThrownBy(() -> RubricLoader.load(f)).isInstanceOf(RubricException.class)
                .hasMessageMatching(".*rubric-\\d+\\.yaml:\\d+: .*");
    }

    @Test
    void duplicateIdsInOneFileAreAnError() throws IOException {
        Path f = write("""
                criteria:
                  - {id: a.b, axis: evaluation, track: llm, level: 2, question: q, probes: [p]}
                  - {id: a.b, axis: evaluation, track: llm, level: 3, question: q, probes: [p]}
                """);
        assertThatThrownBy(() -> RubricLoader.load(f)).hasMessageContaining(":3: duplicate criterion id 'a.b'");
    }

    @Test
    void aGroupSettlesItsMinOnEveryMemberAndATrackSeesOnlyItsOwnMembers() throws IOException {
        Path f = write("""
                extends: none
                id: t
                version: "1"
                criteria:
                  - {id: r.deps, axis: reproducibility, track: both, level: 2, question: q, probes: [p], group: versioned}
                  - {id: r.data, axis: reproducibility, track: classical, level: 2, question: q, probes: [p], group: versioned}
                  - {id: r.prompts, axis: reproducibility, track: llm, level: 2, question: q, probes: [p], group: versioned}
                  - {id: r.ci, axis: reproducibility, track: both, level: 3, question: q, probes: [p], group: checked, min: 2}
                  - {id: r.dq, axis: reproducibility, track: both, level: 3, question: q, probes: [p], group: checked}
                  - {id: r.code, axis: reproducibility, track: both, level: 2, question: q, probes: [p]}
                """);
        Rubric r = RubricLoader.load(f);
        assertThat(r.criterion("r.dq").orElseThrow()).extracting(Criterion::group, Criterion::groupMin).containsExactly("checked", 2);
        assertThat(r.criterion("r.data").orElseThrow()).extracting(Criterion::group, Criterion::groupMin).containsExactly("versioned", 1);
        assertThat(r.criterion("r.code").orElseThrow().group()).isNull();
    }

    @Test
    void membersOfAGroupShareAxisAndLevel() throws IOException {
        Path f = write("""
                criteria:
                  - {id: a.two, axis: evaluation, track: llm, level: 2, question: q, probes: [p], group: evals}
                  - {id: a.three, axis: evaluation, track: llm, level: 3, question: q, probes: [p], group: evals}
                """);
        assertThatThrownBy(() -> RubricLoader.load(f)).isInstanceOf(RubricException.class)
                .hasMessageContaining(f + ":3: group 'evals' mixes a.two (evaluation, level 2) with a.three (evaluation, level 3)");
        Path axes = write("""
                criteria:
                  - {id: a.eval, axis: evaluation, track: llm, level: 2, question: q, probes: [p], group: evals}
                  - {id: a.obs, axis: observability, track: llm, level: 2, question: q, probes: [p], group: evals}
                """);
        assertThatThrownBy(() -> RubricLoader.load(axes)).hasMessageContaining(axes + ":3: group 'evals' mixes");
    }

    @Test
    void minIsAtLeastOneAtMostTheMembersOfEachTrackAndNeedsAGroup() throws IOException {
        Path tooMany = write("""
                criteria:
                  - {id: a.deps, axis: reproducibility, track: both, level: 2, question: q, probes: [p], group: v, min: 2}
                  - {id: a.data, axis: reproducibility, track: classical, level: 2, question: q, probes: [p], group: v}
                """);
        assertThatThrownBy(() -> RubricLoader.load(tooMany)).hasMessageContaining(tooMany + ":2: group 'v': min 2 but only 1 "
                + "member(s) apply to the llm track [a.deps]");
        Path zero = write("criteria:\n  - {id: a.x, axis: evaluation, track: llm, level: 2, question: q, probes: [p], group: g, min: 0}\n");
        assertThatThrownBy(() -> RubricLoader.load(zero)).hasMessageContaining(zero + ":2: criterion 'a.x': min must be at least 1, not 0");
        Path lone = write("criteria:\n  - {id: a.x, axis: evaluation, track: llm, level: 2, question: q, probes: [p], min: 1}\n");
        assertThatThrownBy(() -> RubricLoader.load(lone)).hasMessageContaining(lone + ":2: criterion 'a.x': 'min' needs a 'group'");
        Path disagree = write("""
                criteria:
                  - {id: a.x, axis: evaluation, track: llm, level: 2, question: q, probes: [p], group: g, min: 1}
                  - {id: a.y, axis: evaluation, track: llm, level: 2, question: q, probes: [p], group: g, min: 2}
                """);
        assertThatThrownBy(() -> RubricLoader.load(disagree)).hasMessageContaining(disagree + ":3: group 'g': a.y says min 2, a.x says min 1");
        Path badName = write("criteria:\n  - {id: a.x, axis: evaluation, track: llm, level: 2, question: q, probes: [p], group: Any Of}\n");
        assertThatThrownBy(() -> RubricLoader.load(badName)).hasMessageContaining(badName + ":2: criterion 'a.x': group 'Any Of' must be");
    }

    private int n;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("rubric-" + (n++) + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void combineNamesParse() {
        assertThat(Arrays.stream(Combine.values()).map(Combine::id)).containsExactly("any", "all", "every-read");
        assertThat(Combine.parse("every-read")).isEqualTo(Combine.EVERY_READ);
    }
}
