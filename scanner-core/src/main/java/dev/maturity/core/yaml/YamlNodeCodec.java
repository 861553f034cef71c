package dev.maturity.core.yaml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A parsed node tree in a compact binary form, for YAML the build ships already parsed (the
 * default rubric): reading it back costs a pass over bytes instead of the YAML scanner, parser and
 * composer. Only what {@link YamlNode} holds is kept: kinds, scalars, keys in order, line ranges.
 */
public final class YamlNodeCodec {

    private static final int MAX_DEPTH = SafeYaml.MAX_DEPTH + 2;

    private YamlNodeCodec() {
    }

    public static byte[] encode(YamlNode root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads back what {@link #encode} wrote; malformed input throws {@link IOException}. */
    public static YamlNode decode(byte[] encoded) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
        YamlNode root = read(in, 0);
        if (in.available() != 0) {
            throw new IOException("trailing bytes after the node tree");
        }
        return root;
    }

    private static void write(YamlNode n, DataOutputStream out) throws IOException {
        out.writeByte(n.kind().ordinal());
        out.writeInt(n.line());
        out.writeInt(n.endLine());
        switch (n.kind()) {
            case SCALAR -> string(n.textOr(""), out);
            case SEQUENCE -> {
                out.writeInt(n.items().size());
                for (YamlNode item : n.items()) {
                    write(item, out);
                }
            }
            case MAPPING -> {
                out.writeInt(n.entries().size());
                for (var e : n.entries().entrySet()) {
                    string(e.getKey(), out);
                    write(e.getValue(), out);
                }
            }
            case MISSING -> { }
        }
    }

    private static YamlNode read(DataInputStream in, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nesting deeper than " + MAX_DEPTH);
        }
        int kind = in.readUnsignedByte();
        int line = in.readInt();
        int end = in.readInt();
        if (kind == YamlNode.Kind.SCALAR.ordinal()) {
            return YamlNode.scalar(string(in), line, end);
        }
        if (kind == YamlNode.Kind.SEQUENCE.ordinal()) {
            int size = count(in);
            List<YamlNode> items = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                items.add(read(in, depth + 1));
            }
            return YamlNode.sequence(items, line, end);
        }
        if (kind == YamlNode.Kind.MAPPING.ordinal()) {
            int size = count(in);
            LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                String key = string(in);
                entries.put(key, read(in, depth + 1));
            }
            return YamlNode.mapping(entries, line, end);
        }
        if (kind == YamlNode.Kind.MISSING.ordinal()) {
            return YamlNode.MISSING;
        }
        throw new IOException("unknown node kind " + kind);
    }

    private static void string(String s, DataOutputStream out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length " + n);
        }
        return n;
    }
}
