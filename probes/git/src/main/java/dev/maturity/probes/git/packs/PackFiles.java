package dev.maturity.probes.git.packs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.internal.storage.pack.PackExt;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The repository's pack files as JGit lists them, each with its index and its bytes mapped read-only (in chunks of
 * at most {@link #CHUNK} bytes), shared by the threads of one history walk. A pack that cannot be mapped, or whose
 * index JGit cannot read, is left out: its objects are read through JGit.
 */
public final class PackFiles {

    static final int CHUNK_BITS = 30;
    static final long CHUNK = 1L << CHUNK_BITS;

    /** One pack: its index (mapped when it is version 2, else JGit's) and its mapped bytes. */
    record PackData(PackIndex index, PackIdIndex ids, MappedByteBuffer[] chunks, long length) {

        /** Where {@code id} is in this pack, or -1; {@code scratch} is the caller's own 20 bytes. */
        long find(AnyObjectId id, byte[] scratch) {
            return ids != null ? ids.findOffset(id, scratch) : index.findOffset(id);
        }

        /** The byte at {@code pos}. */
        int at(long pos) {
            return chunks[(int) (pos >>> CHUNK_BITS)].get((int) (pos & (CHUNK - 1))) & 0xff;
        }

        /**
         * {@code view}, one of this thread's views of the chunk holding {@code pos} ({@link #views}), set to the
         * bytes from {@code pos} to the end of the chunk, at most {@code max} of them: input for an inflater.
         */
        ByteBuffer from(ByteBuffer[] views, long pos, int max) {
            int chunk = (int) (pos >>> CHUNK_BITS);
            ByteBuffer view = views[chunk];
            int off = (int) (pos & (CHUNK - 1));
            view.limit(Math.min(view.capacity(), off + max));
            view.position(off);
            return view;
        }

        /** Views of every chunk for one thread, so that reading moves no shared position. */
        ByteBuffer[] views() {
            ByteBuffer[] views = new ByteBuffer[chunks.length];
            for (int i = 0; i < chunks.length; i++) {
                views[i] = chunks[i].duplicate();
            }
            return views;
        }
    }

    private final List<PackData> packs = new ArrayList<>();

    public PackFiles(Repository repo) {
        if (repo.getObjectDatabase() instanceof ObjectDirectory dir) {
            for (Pack p : dir.getPacks()) {
                try (FileChannel ch = FileChannel.open(p.getPackFile().toPath(), StandardOpenOption.READ)) {
                    long length = ch.size();
                    MappedByteBuffer[] chunks = new MappedByteBuffer[(int) ((length + CHUNK - 1) >>> CHUNK_BITS)];
                    for (int i = 0; i < chunks.length; i++) {
                        long start = (long) i << CHUNK_BITS;
                        chunks[i] = ch.map(FileChannel.MapMode.READ_ONLY, start, Math.min(CHUNK, length - start));
                    }
                    packs.add(new PackData(p.getIndex(), mapped(p), chunks, length));
                } catch (IOException | RuntimeException e) {
                    // not mappable or no readable index: JGit's reader serves this pack's objects
                }
                if (packs.size() == 1 << 15) {
                    break;
                }
            }
        }
    }

    private static PackIdIndex mapped(Pack p) {
        try {
            return PackIdIndex.open(p.getPackFile().create(PackExt.INDEX).toPath());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    List<PackData> packs() {
        return packs;
    }
}
