package dev.maturity.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Strength;
import dev.maturity.core.model.Track;
import dev.maturity.core.rubric.RubricLoader;
import dev.maturity.core.spi.Probe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any-of groups: a level needs every ungrouped criterion and, per group, at least min MET members.
 * Level 2 of reproducibility here reads "code in git, and one of: pinned dependencies, versioned
 * data, a tracker (classical) or versioned prompts (llm)"; level 3 "two of three checks".
 */
class ScorerGroupsTest {

    static final String RUBRIC = """
            extends: none
            id: test
            version: "1"
            detection:
              classical: [detect.classical]
              llm: [detect.llm]
            criteria:
              - {id: r.code, axis: reproducibility, track: both, level: 2, question: q, probes: [p.code]}
              - {id: r.deps, axis: reproducibility, track: both, level: 2, question: q, probes: [p.deps], group: versioned}
              - {id: r.data, axis: reproducibility, track: classical, level: 2, question: q, probes: [p.data], group: versioned}
              - {id: r.tracker, axis: reproducibility, track: classical, level: 2, question: q, probes: [p.tracker], group: versioned}
              - {id: r.prompts, axis: reproducibility, track: llm, level: 2, question: q, probes: [p.prompts], group: versioned}
              - {id: r.ci, axis: reproducibility, track: both, level: 3, question: q, probes: [p.ci], group: checked, min: 2}
              - {id: r.dq, axis: reproducibility, track: both, level: 3, question: q, probes: [p.dq], group: checked}
              - {id: r.lock, axis: reproducibility, track: both, level: 3, question: q, probes: [p.lock], group: checked}
              - {id: r.sched, axis: reproducibility, track: both, level: 4, question: q, probes: [p.sched]}
            """;

    @TempDir
    Path dir;
    Map<String, Probe> probes = new HashMap<>();

    Scorer scorer() throws IOException {
        Path file = dir.resolve("rubric.yaml");
        Files.writeString(file, RUBRIC);
        return new Scorer(RubricLoader.load(file), probes);
    }

    void given(Outcome o, String... ids) {
        for (String id : ids) {
            probes.put(id, Probes.fixed(id, o, Strength.LIVE));
        }
    }

    AxisResult repro(Track track) throws IOException {
        given(Outcome.MET, "detect.classical", "detect.llm");
        return scorer().score(Facts.empty(), ScorerTest.AS_OF).axes().stream()
                .filter(a -> a.axis() == Axis.REPRODUCIBILITY && a.track() == track).findFirst().orElseThrow();
    }

    static CriterionResult criterion(AxisResult a, String id) {
        return a.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static GroupResult group(AxisResult a, String name) {
        return a.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void oneMetMemberSatisfiesTheGroupWhateverTheOthersSayAndTheyAreNoGap() throws IOException {
        given(Outcome.MET, "p.code", "p.deps");
        given(Outcome.NOT_MET, "p.data", "p.ci", "p.dq", "p.lock");
        given(Outcome.UNKNOWN, "p.tracker");
        AxisResult a = repro(Track.CLASSICAL);
        assertThat(group(a, "versioned")).isEqualTo(new GroupResult("versioned", 2, 1,
                List.of("r.data", "r.deps", "r.tracker"), Outcome.MET));
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.ceiling()).isEqualTo(2);
        assertThat(criterion(a, "r.data").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(criterion(a, "r.data").evidence()).isNotEmpty();
        assertThat(criterion(a, "r.data").group()).isEqualTo("versioned");
        assertThat(criterion(a, "r.tracker").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.isGap(criterion(a, "r.data"), false)).isFalse();
        assertThat(a.isGap(criterion(a, "r.tracker"), false)).isFalse();
        assertThat(a.next()).containsExactly("r.ci", "r.dq", "r.lock");
    }

    @Test
    void aGroupIsUnknownWhenOnlyUnknownMembersCouldSatisfyItRaisingTheCeilingButNotTheLevel() throws IOException {
        given(Outcome.MET, "p.code", "p.ci", "p.dq");
        given(Outcome.NOT_MET, "p.deps", "p.data", "p.sched");
        given(Outcome.UNKNOWN, "p.tracker");
        AxisResult a = repro(Track.CLASSICAL);
        assertThat(group(a, "versioned").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.level()).isEqualTo(1);
        assertThat(a.ceiling()).isEqualTo(3);
        assertThat(a.isGap(criterion(a, "r.deps"), false)).isTrue();
        assertThat(a.next()).containsExactly("r.data", "r.deps", "r.tracker");
    }

    @Test
    void aGroupIsNotMetWhenEvenItsUnknownMembersCouldNotReachMin() throws IOException {
        given(Outcome.MET, "p.code", "p.deps", "p.ci");
        given(Outcome.NOT_MET, "p.dq", "p.sched");
        given(Outcome.UNKNOWN, "p.lock");
        AxisResult unknown = repro(Track.CLASSICAL);
        assertThat(group(unknown, "checked")).extracting(GroupResult::min, GroupResult::outcome).containsExactly(2, Outcome.UNKNOWN);
        assertThat(unknown.level()).isEqualTo(2);
        assertThat(unknown.ceiling()).isEqualTo(3);
        given(Outcome.NOT_MET, "p.lock");
        AxisResult notMet = repro(Track.CLASSICAL);
        assertThat(group(notMet, "checked").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(notMet.ceiling()).isEqualTo(2);
        assertThat(notMet.next()).containsExactly("r.dq", "r.lock");
    }

    @Test
    void minTwoNeedsTwoMetMembers() throws IOException {
        given(Outcome.MET, "p.code", "p.deps", "p.ci", "p.lock");
        given(Outcome.NOT_MET, "p.dq", "p.sched");
        AxisResult a = repro(Track.CLASSICAL);
        assertThat(group(a, "checked").outcome()).isEqualTo(Outcome.MET);
        assertThat(a.level()).isEqualTo(3);
        assertThat(a.isGap(criterion(a, "r.dq"), false)).isFalse();
        assertThat(a.next()).containsExactly("r.sched");
    }

    @Test
    void anUngroupedCriterionOfTheLevelIsStillRequired() throws IOException {
        given(Outcome.NOT_MET, "p.code");
        given(Outcome.MET, "p.deps", "p.data", "p.tracker", "p.ci", "p.dq", "p.lock", "p.sched");
        AxisResult a = repro(Track.CLASSICAL);
        assertThat(group(a, "versioned").outcome()).isEqualTo(Outcome.MET);
        assertThat(a.level()).isEqualTo(1);
        assertThat(a.next()).containsExactly("r.code");
    }

    @Test
    void eachTrackSeesTheMembersThatApplyToIt() throws IOException {
        given(Outcome.MET, "p.code", "p.prompts");
        given(Outcome.NOT_MET, "p.deps", "p.data", "p.tracker", "p.ci", "p.dq", "p.lock");
        AxisResult llm = repro(Track.LLM);
        assertThat(group(llm, "versioned").members()).containsExactly("r.deps", "r.prompts");
        assertThat(llm.level()).isEqualTo(2);
        AxisResult classical = repro(Track.CLASSICAL);
        assertThat(group(classical, "versioned").members()).containsExactly("r.data", "r.deps", "r.tracker");
        assertThat(classical.level()).isEqualTo(1);
    }

    @Test
    void membersThatDoNotApplyLeaveTheGroupAndAGroupOfNoneDoesNotHoldTheLevel() throws IOException {
        given(Outcome.MET, "p.code", "p.deps", "p.ci");
        given(Outcome.NOT_APPLICABLE, "p.dq", "p.lock");
        AxisResult oneLeft = repro(Track.CLASSICAL);
        assertThat(group(oneLeft, "checked").outcome()).isEqualTo(Outcome.MET);
        assertThat(oneLeft.level()).isEqualTo(3);
        given(Outcome.NOT_APPLICABLE, "p.ci");
        assertThat(group(repro(Track.CLASSICAL), "checked").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(repro(Track.CLASSICAL).level()).isEqualTo(3);
    }

    @Test
    void aWaivedMemberSatisfiesItsGroupOnlyInTheLevelWithWaivers() throws IOException {
        given(Outcome.MET, "p.code");
        given(Outcome.NOT_MET, "p.deps", "p.data", "p.tracker");
        AxisResult a = repro(Track.CLASSICAL);
        List<CriterionResult> waived = a.criteria().stream().map(c -> c.id().equals("r.data")
                ? c.withWaiver(new CriterionResult.Waiver("ml-team", "DVC lands next sprint", "2027-01-31", Outcome.NOT_MET))
                : c).toList();
        AxisResult after = Scorer.rescore(a, waived);
        assertThat(after.level()).isEqualTo(1);
        assertThat(after.levelWithWaivers()).isEqualTo(2);
        assertThat(group(after, "versioned").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(group(after, "checked").min()).isEqualTo(2);
        assertThat(after.isGap(criterion(after, "r.deps"), true)).isFalse();
        assertThat(after.isGap(criterion(after, "r.deps"), false)).isTrue();
    }

    @Test
    void anInapplicableTrackScoresNoLevelButKeepsItsGroups() throws IOException {
        given(Outcome.MET, "p.code");
        given(Outcome.NOT_MET, "detect.llm");
        probes.put("detect.classical", Probes.fixed("detect.classical", Outcome.MET, Strength.DECLARED));
        AxisResult llm = scorer().score(Facts.empty(), ScorerTest.AS_OF).axes().stream()
                .filter(a -> a.axis() == Axis.REPRODUCIBILITY && a.track() == Track.LLM).findFirst().orElseThrow();
        assertThat(llm.level()).isNull();
        assertThat(llm.groups()).extracting(GroupResult::outcome).containsOnly(Outcome.NOT_APPLICABLE);
    }
}
