package dev.maturity.probes.git.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.core.model.Evidence;
import dev.maturity.core.model.Finding;
import dev.maturity.core.model.Outcome;
import dev.maturity.core.model.Track;
import dev.maturity.fixtures.git.GitRepoBuilder;
import dev.maturity.fixtures.platforms.ClassicalProject;
import dev.maturity.probes.git.Scanned;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrievalConfigPinnedProbeTest {

    @TempDir
    Path dir;

    private final RetrievalConfigPinnedProbe probe = new RetrievalConfigPinnedProbe();

    private static final String INDEXER = """
            import yaml
            from sentence_transformers import SentenceTransformer

            cfg = yaml.safe_load(open("config/retrieval.yaml"))
            model = SentenceTransformer(cfg["embedding"]["model"], revision=cfg["embedding"]["revision"])
            """;

    @Test
    void aVersionedEmbeddingModelWithChunkingInConfigTheIndexerReads() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("config/retrieval.yaml", """
                    embedding:
                      model: sentence-transformers/all-MiniLM-L6-v2
                      revision: 8b3219a92973c328a8e22fadcfa821b5dc75636a
                    chunking:
                      chunk_size: 512
                      chunk_overlap: 64
                    index:
                      collection: invoices
                      top_k: 5
                    """).file("rag/indexer.py", INDEXER).commit("retrieval config");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(probe, Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.summary()).isEqualTo("embedding model sentence-transformers/all-MiniLM-L6-v2 @ 8b3219a92973c328a8e22fadcfa821b5dc75636a"
                + " pinned in config/retrieval.yaml, read by rag/indexer.py");
        assertThat(f.evidence()).extracting(Evidence::locator)
                .containsExactly(s.at("config/retrieval.yaml", 2, 2), s.at("rag/indexer.py", 2, 2));
    }

    @Test
    void anUnversionedModelIsNotPinned() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("config/retrieval.yaml", "embedding_model: BAAI/bge-large-en\nchunk_size: 512\n")
                    .file("rag/indexer.py", INDEXER).commit("retrieval config");
        }
        Finding f = Scanned.of(dir).run(probe, Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("retrieval config config/retrieval.yaml lacks a model version");
    }

    @Test
    void hardCodedRetrievalWithoutConfigIsNotMet() {
        try (GitRepoBuilder repo = GitRepoBuilder.init(dir)) {
            repo.file("rag/index.py", "import faiss\nindex = faiss.IndexFlatL2(384)\n").commit("faiss");
        }
        Scanned s = Scanned.of(dir);
        Finding f = s.run(probe, Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.summary()).isEqualTo("retrieval code has no config file naming its embedding model");
        assertThat(f.evidence()).extracting(Evidence::locator).containsExactly(s.tree(), s.at("rag/index.py", 1, 1));
    }

    @Test
    void withoutRetrievalCodeTheCriterionDoesNotApply() {
        ClassicalProject.create(dir).close();
        Finding f = Scanned.of(dir).run(probe, Track.LLM);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(f.summary()).isEqualTo("no retrieval code (embeddings or vector store use) in the repository");
    }
}
