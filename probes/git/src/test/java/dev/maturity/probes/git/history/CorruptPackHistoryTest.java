package dev.maturity.probes.git.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maturity.core.facts.Availability;
import dev.maturity.core.spi.CollectorResult;
import dev.maturity.core.spi.ScanInputException;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.GitCollector;
import dev.maturity.probes.git.bench.BenchRepository;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile or damaged pack: a tree deep in the history whose compressed bytes are garbage, or a pack cut short. The
 * history walk reads packs itself; it must end with the history reported unavailable (naming the damaged object) or
 * the repository unreadable, never hang, never throw out of the scan, and never record a history as if it were whole.
 */
class CorruptPackHistoryTest {

    private static final int COMMITS = 300;

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void aTreeWithGarbageCompressedBytesMakesTheHistoryUnreadable() throws Exception {
        Path dir = repacked("garbage");
        ObjectId oldTree;
        try (Repository repo = open(dir)) {
            oldTree = repo.resolve("HEAD~200^{tree}");
            Pack pack = ((ObjectDirectory) repo.getObjectDatabase()).getPacks().iterator().next();
            long offset = pack.getIndex().findOffset(oldTree);
            try (RandomAccessFile f = new RandomAccessFile(pack.getPackFile(), "rw")) {
                long data = dataStart(f, offset);
                f.seek(data);
                f.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}); // no zlib header reads so
            }
        }
        CollectorResult result = historyOf(dir);

        assertThat(result.facts()).noneMatch(HistoryWalk.class::isInstance);
        // JGit, asked for the tree after the pack reader failed on it, marks it damaged and then reports it missing
        assertThat(historyReason(result)).isEqualTo("garbage: shallow clone or missing objects: commit history is cut off at "
                + oldTree.name());
    }

    @Test
    @Timeout(120)
    void aPackCutShortIsAnUnreadableRepositoryNotAShortHistory() throws Exception {
        Path dir = repacked("cut");
        try (Repository repo = open(dir)) {
            Pack pack = ((ObjectDirectory) repo.getObjectDatabase()).getPacks().iterator().next();
            try (RandomAccessFile f = new RandomAccessFile(pack.getPackFile(), "rw")) {
                f.setLength(f.length() * 3 / 4);
            }
        }
        assertThatThrownBy(() -> historyOf(dir)).isInstanceOf(ScanInputException.class)
                .hasMessageStartingWith("cannot read git repository " + dir);
    }

    private static String historyReason(CollectorResult result) {
        return result.coverage().stream().filter(a -> a.domain().equals(HistoryExtractor.DOMAIN) && !a.available())
                .map(Availability::reason).findFirst().orElse("(history read)");
    }

    /** A generated history, repacked so that older trees are deltas of newer ones (the oldest are nobody's base). */
    private Path repacked(String name) throws Exception {
        Path dir = tmp.resolve(name + ".git");
        BenchRepository.generate(dir, COMMITS, 120, 30);
        BenchRepository.run(dir, "git", "repack", "-a", "-d", "-f", "-q");
        return dir;
    }

    private static CollectorResult historyOf(Path dir) {
        long start = System.nanoTime();
        CollectorResult result = new GitCollector(List.of(new HistoryExtractor())).collect(new ScanRequest(
                List.of(dir.toString()), null, PackedRepositories.asOf(), Map.of(), Map.of(), null));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        return result;
    }

    /** Where the compressed data of the object at {@code offset} starts: after its type/size header and delta base. */
    private static long dataStart(RandomAccessFile f, long offset) throws Exception {
        f.seek(offset);
        int c = f.readUnsignedByte();
        int type = (c >> 4) & 7;
        while ((c & 0x80) != 0) {
            c = f.readUnsignedByte();
        }
        if (type == 6) { // OFS_DELTA: a base offset follows
            do {
                c = f.readUnsignedByte();
            } while ((c & 0x80) != 0);
        } else if (type == 7) { // REF_DELTA: a base id follows
            f.skipBytes(20);
        }
        return f.getFilePointer();
    }

    private static Repository open(Path dir) throws Exception {
        return new FileRepositoryBuilder().setGitDir(dir.toFile()).build();
    }
}
