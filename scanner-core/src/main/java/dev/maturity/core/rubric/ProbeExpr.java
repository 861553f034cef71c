package dev.maturity.core.rubric;

import java.util.List;
import java.util.stream.Stream;

/** Which probes prove a criterion: a probe id, or a group of expressions combined by a rule. */
public sealed interface ProbeExpr permits ProbeExpr.Ref, ProbeExpr.Group {

    /** Every probe id in the expression. */
    Stream<String> probeIds();

    /** One probe. */
    record Ref(String probeId) implements ProbeExpr {
        @Override
        public Stream<String> probeIds() {
            return Stream.of(probeId);
        }

        @Override
        public String toString() {
            return probeId;
        }
    }

    /** Several expressions and how they combine. */
    record Group(Combine combine, List<ProbeExpr> members) implements ProbeExpr {
        public Group {
            members = List.copyOf(members);
        }

        @Override
        public Stream<String> probeIds() {
            return members.stream().flatMap(ProbeExpr::probeIds);
        }

        @Override
        public String toString() {
            return combine.id() + members;
        }
    }
}
