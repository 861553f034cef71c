package dev.maturity.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    private static List<Target> targets(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Target(n, "p", "t", new Target.Git("/r/" + n, null, null),
                null, null, Duration.ofMinutes(1), Map.of())).toList();
    }

    @Test
    void the_shards_of_an_indexed_job_are_disjoint_cover_every_target_and_ignore_file_order() {
        List<Target> all = targets("e", "a", "d", "b", "c", "f", "g");
        List<String> union = new ArrayList<>();
        IntStream.range(0, 3).forEach(i -> new Shard(i, 3).select(all).forEach(t -> union.add(t.name())));

        assertThat(union).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g");
        assertThat(new Shard(1, 3).select(all)).extracting(Target::name).containsExactly("b", "e");
        assertThat(new Shard(1, 3).select(targets("g", "f", "e", "d", "c", "b", "a"))).extracting(Target::name)
                .containsExactly("b", "e");
    }

    @Test
    void the_shard_defaults_from_the_indexed_job_environment() {
        assertThat(Shard.resolve(null, Map.of("JOB_COMPLETION_INDEX", "2", "JOB_COMPLETIONS", "4"))).isEqualTo(new Shard(2, 4));
        assertThat(Shard.resolve("1/2", Map.of("JOB_COMPLETION_INDEX", "2", "JOB_COMPLETIONS", "4"))).isEqualTo(new Shard(1, 2));
        assertThat(Shard.resolve(null, Map.of())).isEqualTo(Shard.ALL);
        assertThatThrownBy(() -> Shard.parse("4/4")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessageContaining("i/n");
    }
}
