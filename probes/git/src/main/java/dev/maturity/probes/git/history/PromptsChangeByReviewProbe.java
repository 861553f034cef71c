package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.paths.MlPaths;
import dev.maturity.probes.git.paths.PathKind;
import java.util.List;

/**
 * System prompts are changed by review: at least {@code review.threshold} of the commits that changed
 * prompt files in the last {@code review.window-days} arrived through reviewed merges; the direct
 * pushes are listed. Automation pushing prompts directly counts as a direct push.
 */
public final class PromptsChangeByReviewProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.prompts-change-by-review",
            "Are prompt files changed through reviewed merges rather than pushed directly?",
            "Protect the default branch and change prompt files only through reviewed pull or merge requests.",
            "EU-AI-Act:Art.17", "NIST-AI-RMF:GOVERN-1.4", "ISO-42001:A.6.2.3");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = HistoryView.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        int days = context.integer("review.window-days", 90);
        MlPaths paths = MlPaths.from(context.parameters());
        List<MlChange> changes = HistoryView.landed(facts, context.asOf(), days).stream()
                .filter(c -> c.touches(PathKind.PROMPT)).toList();
        return ReviewShare.judge(facts, METADATA.id(), changes, context.number("review.threshold", 0.8),
                "prompt files", days, c -> HistoryView.at(c, paths, java.util.EnumSet.of(PathKind.PROMPT)));
    }
}
