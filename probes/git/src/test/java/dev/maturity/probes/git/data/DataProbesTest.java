package dev.maturity.probes.git.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.ClassicalProject;
import dev.maturity.fixtures.platforms.NotebookProject;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataProbesTest {

    @TempDir
    Path dir;

    @Test
    void dvcLockAndDotDvcFilesPinTheData() {
        ClassicalProject.create(dir).close();
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(DataVersion.class))
                .extracting(DataVersion::path, DataVersion::kind, DataVersion::hashedOuts)
                .containsExactlyInAnyOrder(
                        tuple(".dvc/config", DataVersion.Kind.DVC_REMOTE, java.util.List.of()),
                        tuple("data/customers.csv.dvc", DataVersion.Kind.DVC_FILE, java.util.List.of("customers.csv")),
                        tuple("dvc.yaml", DataVersion.Kind.DVC_PIPELINE, java.util.List.of()),
                        tuple("dvc.lock", DataVersion.Kind.DVC_LOCK,
                                java.util.List.of("data/prepared", "models/model.pkl", "metrics.json")));
        Finding f = s.run(new DataVersionedProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("4 data output(s) pinned by content hash in 2 DVC file(s)");
        assertThat(f.evidence()).extracting(Evidence::locator).contains(s.at("data/customers.csv.dvc", 2, 5), s.at("dvc.lock", 3, 48), s.at(".dvc/config", 3, 3));
    }

    @Test
    void aDvcFileWithoutAHashIsNotEvidence() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("data/raw.csv.dvc", "outs:\n- path: raw.csv\n").file("dvc.yaml", "stages: {}\n").commit("dvc init");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new DataVersionedProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("no DVC files");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.tree());
    }

    @Test
    void aNotebookProjectVersionsNoData() {
        NotebookProject.create(dir).close();
        assertThat(Scanned.of(dir).run(new DataVersionedProbe()).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void feastAndBothContractStandardsCount() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("features/feature_store.yaml", """
                    project: churn
                    registry: s3://acme-feast/registry.db
                    provider: aws
                    online_store:
                      type: redis
                      connection_string: redis:6379
                    entity_key_serialization_version: 2
                    """)
                    .file("contracts/customers.datacontract.yaml", """
                            dataContractSpecification: 1.1.0
                            id: urn:datacontract:acme:customers
                            info:
                              title: Customers
                              version: 1.0.0
                            models:
                              customers:
                                fields:
                                  customer_id:
                                    type: string
                                    required: true
                            """)
                    .file("contracts/orders.odcs.yaml", """
                            apiVersion: v3.0.0
                            kind: DataContract
                            id: 53581432-6c55-4ba2-a65f-72344a91553a
                            status: active
                            schema:
                              - name: orders
                                properties:
                                  - name: order_id
                                    logicalType: string
                            """)
                    .file("contracts/empty.datacontract.yaml", "dataContractSpecification: 1.1.0\nid: empty\n")
                    .commit("feature store and contracts");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().of(DataContract.class)).extracting(DataContract::path, DataContract::spec, DataContract::version)
                .containsExactlyInAnyOrder(
                        tuple("contracts/customers.datacontract.yaml", DataContract.DCS, "1.1.0"),
                        tuple("contracts/orders.odcs.yaml", DataContract.ODCS, "v3.0.0"));
        Finding f = s.run(new FeatureStoreOrContractsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("1 feature store(s), 2 data contract(s)");
        assertThat(f.evidence()).extracting(Evidence::locator).contains(s.at("features/feature_store.yaml", 1, 7));
    }

    @Test
    void aFeastFileWithoutRegistryIsNotAFeatureStore() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("feature_store.yaml", "project: churn\nprovider: local\n").commit("wip");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(new FeatureStoreOrContractsProbe());
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.tree());
    }

    @Test
    void aMalformedDvcPipelineIsReportedOnceAndTheScanGoesOn() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("dvc.yaml", "stages:\n  train:\n    cmd: [python train.py\n")
                    .file("data/raw.csv.dvc", "outs:\n- md5: 6f1ed002ab5595859014ebf0951522d9\n  size: 10\n  path: raw.csv\n")
                    .commit("broken pipeline");
        }
        Scanned s = Scanned.of(dir);
        assertThat(s.facts().unreadable()).singleElement()
                .satisfies(u -> assertThat(u.location().locator()).startsWith(s.at("dvc.yaml") + "#L"));
        assertThat(s.run(new DataVersionedProbe()).outcome()).isEqualTo(Outcome.MET);
    }
}
