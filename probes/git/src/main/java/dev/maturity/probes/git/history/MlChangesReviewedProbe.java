package dev.maturity.probes.git.history;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.paths.MlPaths;
import java.util.List;

/**
 * Changes are reviewed: at least {@code review.threshold} of the commits that landed on the scanned
 * branch touching ML paths in the last {@code review.window-days} arrived through reviewed merges.
 * Commits made by automation ({@code bot.identities}) are not counted either way.
 */
public final class MlChangesReviewedProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.ml-changes-reviewed",
            "Did most commits touching ML paths in the window arrive through reviewed merges?",
            "Protect the default branch and require reviewed pull/merge requests for ML code, prompts, eval and deploy paths.",
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
        BotIdentities bots = new BotIdentities(context.list(BotIdentities.PARAMETER, BotIdentities.DEFAULTS));
        List<MlChange> changes = HistoryView.landed(facts, context.asOf(), days).stream()
                .filter(c -> c.kinds().stream().anyMatch(HistoryView.REVIEWED_KINDS::contains))
                .filter(c -> !bots.madeBy(c))
                .toList();
        return ReviewShare.judge(facts, METADATA.id(), changes, context.number("review.threshold", 0.8),
                "ML paths", days, c -> HistoryView.at(c, paths, HistoryView.REVIEWED_KINDS));
    }
}
