package dev.maturity.probes.git.ownership;

import dev.maturity.core.facts.Facts;
import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.spi.Probe;
import dev.maturity.core.spi.ProbeContext;
import dev.maturity.core.spi.ProbeMetadata;
import dev.maturity.probes.git.GitProbes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The owners of ML services carry on-call: every Backstage Component or System that owns an ML service
 * has a PagerDuty or Opsgenie reference, itself, through the System it belongs to, or through its
 * owning Group. When no entity is recognisably ML, every Component and System is held to it.
 */
public final class OwnersOnCallProbe implements Probe {

    static final ProbeMetadata METADATA = ProbeMetadata.of("git.owners-on-call",
            "Do the Backstage entities owning ML services name an on-call rotation (PagerDuty, Opsgenie)?",
            "Add catalog-info.yaml for each ML service with a pagerduty.com/service-id (or pagerduty.com/integration-key,"
                    + " opsgenie.com/team) annotation on its Component or System.",
            "EU-AI-Act:Art.72", "NIST-AI-RMF:GOVERN-2.1", "ISO-42001:A.3.2");

    @Override
    public ProbeMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding evaluate(Facts facts, ProbeContext context) {
        var unread = GitProbes.unread(facts, METADATA.id());
        if (unread.isPresent()) {
            return unread.get();
        }
        List<CatalogEntity> services = facts.of(CatalogEntity.class).stream()
                .filter(e -> e.kind().equalsIgnoreCase("Component") || e.kind().equalsIgnoreCase("System")).toList();
        if (services.isEmpty()) {
            return GitProbes.notFound(facts, METADATA.id(), "no Backstage Component or System in a catalog-info.yaml", List.of());
        }
        List<CatalogEntity> ml = services.stream().filter(CatalogEntity::ownsMl).toList();
        List<CatalogEntity> judged = ml.isEmpty() ? services : ml;
        Map<String, CatalogEntity> systems = facts.of(CatalogEntity.class).stream()
                .filter(e -> e.kind().equalsIgnoreCase("System") || e.kind().equalsIgnoreCase("Group"))
                .collect(Collectors.toMap(e -> key(e.repo(), e.kind(), e.name()), Function.identity(), (a, b) -> a));
        List<CatalogEntity> covered = judged.stream().filter(e -> onCall(e, systems) != null).toList();
        List<CatalogEntity> bare = judged.stream().filter(e -> onCall(e, systems) == null).toList();
        String scope = ml.isEmpty() ? "Component/System" : "ML-owning Component/System";
        if (bare.isEmpty()) {
            List<Evidence> ev = covered.stream().map(e -> onCall(e, systems).evidence()).distinct().toList();
            return Finding.met(METADATA.id(), "every " + scope + " entity is on call: " + names(covered), ev);
        }
        return GitProbes.notFound(facts, METADATA.id(), bare.size() + " of " + judged.size() + " " + scope
                + " entities without PagerDuty/Opsgenie on-call: " + names(bare), bare.stream().map(CatalogEntity::evidence).toList());
    }

    /** The entity carrying the on-call reference: itself, the System it belongs to, or its owning Group; null when none. */
    private static CatalogEntity onCall(CatalogEntity e, Map<String, CatalogEntity> related) {
        if (e.hasOnCall()) {
            return e;
        }
        for (CatalogEntity r : new CatalogEntity[] {related.get(key(e.repo(), "system", ref(e.system(), "system"))),
                related.get(key(e.repo(), "group", ref(e.owner(), "group")))}) {
            if (r != null && r.hasOnCall()) {
                return r;
            }
        }
        return null;
    }

    /** The name in an entity reference such as {@code group:default/support-ml}, when its kind is the one given (or omitted). */
    private static String ref(String reference, String kind) {
        String r = reference.toLowerCase(Locale.ROOT);
        int colon = r.indexOf(':');
        if (colon >= 0 && !r.substring(0, colon).equals(kind)) {
            return "";
        }
        r = r.substring(colon + 1);
        return r.substring(r.indexOf('/') + 1);
    }

    private static String key(String repo, String kind, String name) {
        return repo + "|" + kind.toLowerCase(Locale.ROOT) + "|" + name.toLowerCase(Locale.ROOT);
    }

    private static String names(List<CatalogEntity> es) {
        return String.join(", ", es.stream().map(e -> e.kind() + ":" + e.name()).limit(5).toList())
                + (es.size() > 5 ? " and " + (es.size() - 5) + " more" : "");
    }
}
