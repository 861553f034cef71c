package dev.maturity.core.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Everything the collectors of one scan read: typed facts, per-domain availability, unreadable artefacts. */
public final class Facts {

    private final List<Fact> all;
    private final Map<String, Availability> domains;
    private final List<Unreadable> unreadable;
    private final Map<String, String> failedSources;
    private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();

    private Facts(List<Fact> all, Map<String, Availability> domains, List<Unreadable> unreadable,
                  Map<String, String> failedSources) {
        this.all = List.copyOf(all);
        this.domains = Map.copyOf(domains);
        this.unreadable = List.copyOf(unreadable);
        this.failedSources = Map.copyOf(failedSources);
    }

    public static Facts empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All facts of the given type (or a subtype), in the order collected. */
    @SuppressWarnings("unchecked")
    public <T extends Fact> List<T> of(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return (List<T>) byType.computeIfAbsent(type, t -> all.stream().filter(type::isInstance).toList());
    }

    /**
     * Whether the domain was read. A domain no collector spoke of is unavailable: because the
     * collector of its source failed (domains are named {@code <collector id>.<what>}), or else
     * because no configured source provides it.
     */
    public Availability availability(String domain) {
        Availability a = domains.get(domain);
        if (a != null) {
            return a;
        }
        int dot = domain.indexOf('.');
        String failure = failedSources.get(dot < 0 ? domain : domain.substring(0, dot));
        return Availability.unavailable(domain, failure != null ? failure : "no configured source provides " + domain);
    }

    /** The first unavailable domain among those given, or null when all were read. */
    public Availability firstUnavailable(String... domainIds) {
        for (String d : domainIds) {
            Availability a = availability(d);
            if (!a.available()) {
                return a;
            }
        }
        return null;
    }

    public Collection<Availability> domains() {
        return domains.values();
    }

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    /** Collects facts; availability of a domain read by several sources is the weakest of them. */
    public static final class Builder {
        private final List<Fact> all = new ArrayList<>();
        private final Map<String, Availability> domains = new LinkedHashMap<>();
        private final List<Unreadable> unreadable = new ArrayList<>();
        private final Map<String, String> failedSources = new HashMap<>();

        public Builder add(Fact fact) {
            all.add(Objects.requireNonNull(fact, "fact"));
            return this;
        }

        public Builder addAll(Collection<? extends Fact> facts) {
            facts.forEach(this::add);
            return this;
        }

        public Builder availability(Availability a) {
            domains.merge(a.domain(), a, (old, neu) -> old.available() ? neu : old);
            return this;
        }

        public Builder unreadable(Unreadable u) {
            unreadable.add(u);
            return this;
        }

        /** The collector with this id failed before it could speak of its domains; why, as criteria will show it. */
        public Builder failedSource(String collectorId, String reason) {
            failedSources.put(Objects.requireNonNull(collectorId, "collectorId"), Objects.requireNonNull(reason, "reason"));
            return this;
        }

        public Facts build() {
            return new Facts(all, new HashMap<>(domains), unreadable, failedSources);
        }
    }
}
