package dev.maturity.probes.git;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * JGit's process-wide pack caches, sized from the heap this JVM may use. JGit reads the commits of a walk (in pack
 * order, so a few large windows serve them) and the files of the scanned tree; trees of the history are read by
 * {@code packs.PackedTrees} instead. Windows of 64 KiB (JGit's 8 KiB make sequential reads pay a lookup per 8 KiB),
 * 16 to 32 MiB of them; 8 to 32 MiB of delta bases per reader; no JMX statistics (they load JMX classes at start).
 * Installed once, before the first repository is opened.
 */
final class PackCaches {

    private static final long MIB = 1024 * 1024;

    private PackCaches() {
    }

    static void install() {
        long heap = Runtime.getRuntime().maxMemory();
        WindowCacheConfig cache = new WindowCacheConfig();
        cache.setPackedGitLimit(clamp(heap / 32, 16 * MIB, 32 * MIB));
        cache.setPackedGitWindowSize(64 * 1024);
        cache.setDeltaBaseCacheLimit((int) clamp(heap / 64, 8 * MIB, 32 * MIB));
        cache.setStreamFileThreshold((int) clamp(heap / 16, 16 * MIB, 50 * MIB));
        cache.setExposeStatsViaJmx(false);
        cache.install();
    }

    private static long clamp(long v, long min, long max) {
        return Math.max(min, Math.min(max, v));
    }
}
