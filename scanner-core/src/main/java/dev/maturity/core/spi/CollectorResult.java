package dev.maturity.core.spi;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.facts.Fact;
import dev.maturity.core.facts.Unreadable;
import java.util.ArrayList;
import java.util.List;

/** What one collector read: the sources it touched, the facts, which domains it covered, what it could not read. */
public record CollectorResult(List<SourceReport> sources, List<Fact> facts, List<Availability> coverage,
                              List<Unreadable> unreadable) {

    public CollectorResult {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        coverage = List.copyOf(coverage);
        unreadable = List.copyOf(unreadable);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What this one collector read, as the facts probes see (for tests and single-source tools). */
    public dev.maturity.core.facts.Facts asFacts() {
        dev.maturity.core.facts.Facts.Builder b = dev.maturity.core.facts.Facts.builder().addAll(facts);
        coverage.forEach(b::availability);
        unreadable.forEach(b::unreadable);
        return b.build();
    }

    /** Accumulates a collector's output; not thread-safe. */
    public static final class Builder {
        private final List<SourceReport> sources = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<Availability> coverage = new ArrayList<>();
        private final List<Unreadable> unreadable = new ArrayList<>();

        public Builder source(SourceReport s) {
            sources.add(s);
            return this;
        }

        public Builder fact(Fact f) {
            facts.add(f);
            return this;
        }

        public Builder facts(List<? extends Fact> fs) {
            facts.addAll(fs);
            return this;
        }

        public Builder read(String domain) {
            coverage.add(Availability.read(domain));
            return this;
        }

        public Builder unavailable(String domain, String reason) {
            coverage.add(Availability.unavailable(domain, reason));
            return this;
        }

        public Builder unreadable(Unreadable u) {
            unreadable.add(u);
            return this;
        }

        public CollectorResult build() {
            return new CollectorResult(sources, facts, coverage, unreadable);
        }
    }
}
