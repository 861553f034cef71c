package dev.maturity.probes.git.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prow-style OWNERS files name owners for their directory and everything below it. */
class ProwOwnersTest {

    @TempDir
    Path dir;

    @Test
    void ownersFilesOwnTheirDirectoriesAndAnEmptyOneOwnsNothing() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("training/OWNERS", "approvers:\n  - alice\nreviewers:\n  - bob\n")
                    .file("training/train.py", "from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, y)\n")
                    .file("serving/OWNERS", "approvers: []\n")
                    .file("serving/deploy/k8s.yaml", "kind: ConfigMap\n")
                    .commit("owners");
        }
        Scanned s = Scanned.of(dir);
        CodeOwners owners = s.facts().of(CodeOwners.class).get(0);
        assertThat(owners.flavor()).isEqualTo(CodeOwners.Flavor.PROW);
        assertThat(owners.owning("training/train.py")).extracting(OwnerRule::owners).containsExactly(java.util.List.of("alice", "bob"));
        assertThat(owners.owning("serving/deploy/k8s.yaml")).isEmpty();
        Finding f = s.run(new CodeOwnersCoverMlPathsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence()).extracting(Evidence::locator).contains(s.at("serving/deploy/k8s.yaml"));
    }
}
