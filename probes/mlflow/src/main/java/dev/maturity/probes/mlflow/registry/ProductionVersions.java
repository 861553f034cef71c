package dev.maturity.probes.mlflow.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which version of each model is in production. A model marked by a production alias (in the
 * rubric's order) or the legacy stage {@code Production} is in production at that version. When no
 * model in the registry carries such a marker, the registry does not say what is deployed, and the
 * latest {@code READY} version of each model stands in.
 */
public final class ProductionVersions {

    private ProductionVersions() {
    }

    /** One model's production version and how it was chosen ({@code alias champion}, {@code stage Production}, {@code latest READY}). */
    public record Production(ModelVersion version, String chosenBy) {
        public boolean marked() {
            return !chosenBy.startsWith("latest");
        }
    }

    public static List<Production> resolve(List<ModelVersion> versions, List<String> productionAliases) {
        Map<String, List<ModelVersion>> byModel = versions.stream()
                .collect(Collectors.groupingBy(ModelVersion::model, java.util.TreeMap::new, Collectors.toList()));
        List<Production> marked = new ArrayList<>();
        List<Production> latest = new ArrayList<>();
        byModel.forEach((model, vs) -> {
            marked(vs, productionAliases).ifPresent(marked::add);
            vs.stream().filter(ModelVersion::ready).max(Comparator.comparingLong(ModelVersion::number))
                    .ifPresent(v -> latest.add(new Production(v, "latest READY")));
        });
        return marked.isEmpty() ? latest : marked;
    }

    /** Versions whose runs a production decision may need, whatever the alias names: any alias, stage Production, latest READY. */
    public static List<ModelVersion> candidates(List<ModelVersion> versions) {
        Map<String, List<ModelVersion>> byModel = versions.stream().collect(Collectors.groupingBy(ModelVersion::model));
        List<ModelVersion> out = new ArrayList<>();
        byModel.values().forEach(vs -> {
            vs.stream().filter(v -> !v.aliases().isEmpty() || isProductionStage(v)).forEach(out::add);
            vs.stream().filter(ModelVersion::ready).max(Comparator.comparingLong(ModelVersion::number))
                    .filter(v -> !out.contains(v)).ifPresent(out::add);
        });
        return out;
    }

    /** Versions holding one of the production aliases. */
    public static List<ModelVersion> aliased(List<ModelVersion> versions, List<String> productionAliases) {
        return versions.stream().filter(v -> v.aliases().stream().anyMatch(a -> matches(a, productionAliases))).toList();
    }

    private static Optional<Production> marked(List<ModelVersion> vs, List<String> productionAliases) {
        for (String alias : productionAliases) {
            Optional<ModelVersion> v = vs.stream().filter(x -> x.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(alias))).findFirst();
            if (v.isPresent()) {
                return Optional.of(new Production(v.get(), "alias " + alias));
            }
        }
        return vs.stream().filter(ProductionVersions::isProductionStage).max(Comparator.comparingLong(ModelVersion::number))
                .map(v -> new Production(v, "stage Production"));
    }

    static boolean isProductionStage(ModelVersion v) {
        return v.stage().equalsIgnoreCase("Production");
    }

    private static boolean matches(String alias, List<String> productionAliases) {
        return productionAliases.stream().anyMatch(p -> p.equalsIgnoreCase(alias));
    }
}
