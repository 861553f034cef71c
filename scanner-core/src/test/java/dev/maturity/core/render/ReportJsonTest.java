package dev.maturity.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Axis;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.core.score.AxisResult;
import dev.maturity.core.score.GroupResult;
import dev.maturity.core.score.Report;
import dev.maturity.core.testing.SampleReport;
import org.junit.jupiter.api.Test;

/** Schema 1 stays readable: groups, criteria[].group and summary.upgradeTarget are additions. */
class ReportJsonTest {

    @Test
    void groupsAndTheUpgradeTargetRoundTrip() throws Exception {
        Report r = SampleReport.platform().level(Axis.REPRODUCIBILITY, Track.CLASSICAL, 2)
                .outcome("repro.deps-pinned", Track.CLASSICAL, Outcome.NOT_MET).build();
        String json = ReportJson.MAPPER.writeValueAsString(r);

        assertThat(json).contains("\"group\" : \"versioned\"", "\"groups\" : [", "\"upgradeTarget\" : {");
        Report back = ReportJson.read(json);
        assertThat(back.axes()).isEqualTo(r.axes());
        assertThat(back.summary()).isEqualTo(r.summary());
        AxisResult repro = back.axis(Axis.REPRODUCIBILITY, Track.CLASSICAL).orElseThrow();
        assertThat(repro.groups()).filteredOn(g -> g.name().equals("versioned")).singleElement()
                .extracting(GroupResult::outcome).isEqualTo(Outcome.MET);
    }

    @Test
    void aReportWrittenBeforeGroupsIsReadWithNoneAndItsOwnLevels() throws Exception {
        String before = """
                {"schemaVersion": 1, "tool": {"name": "maturity", "version": "0.1.0"},
                 "scannedAt": "2026-11-30T12:00:00Z", "asOf": "2026-11-30T12:00:00Z",
                 "rubric": {"id": "default", "version": "2026.11.1", "digest": "sha256:00"},
                 "sources": [], "summary": {"platformLevel": 1, "mismatches": [],
                   "upgrade": "Adopt a single experiment-tracking tool and stop accepting notebooks as a deploy artefact."},
                 "axes": [{"axis": "reproducibility", "track": "classical", "applicable": true, "level": 1, "ceiling": 2,
                   "levelWithWaivers": 1, "criteria": [{"id": "repro.deps-pinned", "level": 2, "question": "q",
                   "outcome": "NOT_MET", "summary": "", "remediation": "r", "references": [], "probes": "git.dependencies-pinned",
                   "strength": "declared", "evidence": []}], "next": ["repro.deps-pinned"]}],
                 "unreadable": []}
                """;
        Report r = ReportJson.read(before);

        AxisResult a = r.axes().get(0);
        assertThat(a.groups()).isEmpty();
        assertThat(a.criteria().get(0).group()).isNull();
        assertThat(a.isGap(a.criteria().get(0), false)).isTrue();
        assertThat(a.level()).isEqualTo(1);
        assertThat(r.summary().upgradeTarget()).isNull();
        assertThat(ReportJson.MAPPER.writeValueAsString(r)).doesNotContain("\"groups\"", "\"group\"", "upgradeTarget");
    }
}
