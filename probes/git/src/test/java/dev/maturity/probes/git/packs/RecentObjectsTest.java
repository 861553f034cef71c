package dev.maturity.probes.git.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.Test;

/** The cache of rebuilt pack objects stays within its budget and never answers with another position's object. */
class RecentObjectsTest {

    @Test
    void answersOnlyWithTheObjectLastStoredAtAPositionAndKeepsTheRecentOnes() {
        RecentObjects cache = new RecentObjects(64 * 1024);
        Map<Long, RecentObjects.Entry> stored = new HashMap<>();
        Random random = new Random(9);
        int hits = 0;
        for (int i = 0; i < 200_000; i++) {
            long key = 1 + random.nextInt(300) + ((long) random.nextInt(3) << 48);
            int op = random.nextInt(3);
            if (op == 0) {
                RecentObjects.Entry e = new RecentObjects.Entry(Constants.OBJ_TREE, new byte[random.nextInt(600)]);
                cache.put(key, e);
                stored.put(key, e);
                assertThat(cache.get(key)).isSameAs(e);
            } else {
                RecentObjects.Entry e = op == 1 ? cache.get(key) : cache.getBase(key);
                if (e != null) {
                    assertThat(e).isSameAs(stored.get(key));
                    hits++;
                }
            }
            assertThat(cache.heldBytes()).isLessThanOrEqualTo(64 * 1024);
        }
        assertThat(hits).isGreaterThan(10_000);
    }

    @Test
    void aBaseThatServedMovesToTheOldGenerationAndTheOldOneStaysWithinHalfTheBudget() {
        RecentObjects cache = new RecentObjects(10_000);
        for (long k = 1; k <= 1_000; k++) {
            cache.put(k, new RecentObjects.Entry(Constants.OBJ_TREE, new byte[100]));
            cache.getBase(k);
        }
        assertThat(cache.heldBytes()).isLessThanOrEqualTo(5_000);
        assertThat(cache.getBase(1_000)).isNotNull();
        assertThat(cache.get(1)).isNull();
    }

    @Test
    void theTableFindsEveryKeyItHoldsAfterRemovalsInCollidingRuns() {
        RecentObjects.Table table = new RecentObjects.Table(64);
        Map<Long, RecentObjects.Entry> model = new HashMap<>();
        Random random = new Random(4);
        for (int i = 0; i < 100_000; i++) {
            long key = 1 + random.nextInt(200);
            if (random.nextInt(3) == 0) {
                assertThat(table.remove(key)).isSameAs(model.remove(key));
            } else {
                RecentObjects.Entry e = new RecentObjects.Entry(Constants.OBJ_TREE, new byte[0]);
                table.put(key, e);
                model.put(key, e);
            }
            if (i % 1000 == 0) {
                for (long k = 1; k <= 200; k++) {
                    assertThat(table.get(k)).as("key %d", k).isSameAs(model.get(k));
                }
            }
        }
    }
}
