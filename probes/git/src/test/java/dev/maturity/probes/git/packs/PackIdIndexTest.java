package dev.maturity.probes.git.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maturity.probes.git.bench.BenchRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.internal.storage.pack.PackExt;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapped index finds every object at the offset JGit's index gives, and finds nothing for absent ids. */
class PackIdIndexTest {

    @TempDir
    Path tmp;

    @Test
    void everyObjectIsFoundWhereJGitFindsItAndAbsentIdsAreNot() throws Exception {
        Path dir = tmp.resolve("r.git");
        BenchRepository.generate(dir, 400, 200, 30);
        int found = 0;
        try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).build()) {
            for (Pack pack : ((ObjectDirectory) repo.getObjectDatabase()).getPacks()) {
                PackIndex jgit = pack.getIndex();
                PackIdIndex mapped = PackIdIndex.open(pack.getPackFile().create(PackExt.INDEX).toPath());
                assertThat(mapped).isNotNull();
                assertThat((long) mapped.count()).isEqualTo(jgit.getObjectCount());
                byte[] scratch = new byte[20];
                for (PackIndex.MutableEntry e : jgit) {
                    assertThat(mapped.findOffset(e.toObjectId(), scratch)).isEqualTo(e.getOffset());
                    found++;
                }
                Random random = new Random(1);
                byte[] raw = new byte[20];
                for (int i = 0; i < 10_000; i++) {
                    random.nextBytes(raw);
                    ObjectId absent = ObjectId.fromRaw(raw);
                    assertThat(mapped.findOffset(absent, scratch)).isEqualTo(jgit.findOffset(absent));
                }
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }

    @Test
    void aFileThatIsNotAVersionTwoIndexIsLeftToJGit() throws IOException {
        Path notIndex = tmp.resolve("x.idx");
        java.nio.file.Files.write(notIndex, new byte[2048]);
        assertThat(PackIdIndex.open(notIndex)).isNull();
    }

    @Test
    void aDamagedFanOutIsLeftToJGitAndALargeOffsetPastItsTableIsNotFound() throws Exception {
        Path dir = tmp.resolve("d.git");
        BenchRepository.generate(dir, 50, 40, 10);
        try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).build()) {
            Pack pack = ((ObjectDirectory) repo.getObjectDatabase()).getPacks().iterator().next();
            byte[] idx = java.nio.file.Files.readAllBytes(pack.getPackFile().create(PackExt.INDEX).toPath());
            ObjectId first = pack.getIndex().iterator().next().toObjectId();
            int count = (int) pack.getIndex().getObjectCount();

            byte[] fanOut = idx.clone();
            java.nio.ByteBuffer.wrap(fanOut).putInt(8 + 10 * 4, count + 5); // entry 10 above entry 11
            Path damaged = tmp.resolve("fanout.idx");
            java.nio.file.Files.write(damaged, fanOut);
            assertThat(PackIdIndex.open(damaged)).isNull();

            byte[] large = idx.clone();
            int offsets = 8 + 256 * 4 + count * 24;
            java.nio.ByteBuffer.wrap(large).putInt(offsets, 0x80000005); // the sixth large offset, of none
            Path pastTable = tmp.resolve("large.idx");
            java.nio.file.Files.write(pastTable, large);
            PackIdIndex mapped = PackIdIndex.open(pastTable);
            assertThat(mapped).isNotNull();
            assertThat(mapped.findOffset(first, new byte[20])).isEqualTo(-1);
        }
    }
}
