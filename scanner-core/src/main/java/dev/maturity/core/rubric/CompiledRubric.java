package dev.maturity.core.rubric;

import dev.maturity.core.yaml.SafeYaml;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.core.yaml.YamlNodeCodec;
import dev.maturity.core.yaml.YamlParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The default rubric as the build already parsed it ({@value #SUFFIX} beside the YAML in the jar):
 * the YAML's length and CRC-32, its digest, and its node tree. Loading the default rubric from it
 * skips the YAML parser and the SHA-256 pass (with their JIT work, about 280 ms of a small scan's
 * 1.6 s of CPU). It is used only when it matches the YAML byte for byte; otherwise (a stale or
 * missing file, running from an IDE) the YAML is parsed as before, so the rubric is always the YAML's.
 *
 * <p>{@link #main} writes it; {@code scanner-core/pom.xml} runs it after compiling.
 */
public final class CompiledRubric {

    public static final String SUFFIX = ".compiled";
    private static final int MAGIC = 0x4d52_4231; // "MRB1"

    /** What the compiled file holds for YAML that matches it. */
    record Parsed(String digest, YamlNode root) {
    }

    private CompiledRubric() {
    }

    /** The compiled form of this YAML text, if the resource beside it was compiled from exactly it. */
    static Optional<Parsed> forYaml(String resource, byte[] yaml) {
        try (InputStream in = CompiledRubric.class.getResourceAsStream(resource + SUFFIX)) {
            return in == null ? Optional.empty() : read(in.readAllBytes(), yaml);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Parsed> read(byte[] compiled, byte[] yaml) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(compiled));
        if (in.readInt() != MAGIC || in.readInt() != yaml.length || in.readLong() != crc(yaml)) {
            return Optional.empty();
        }
        String digest = in.readUTF();
        byte[] tree = in.readAllBytes();
        return Optional.of(new Parsed(digest, YamlNodeCodec.decode(tree)));
    }

    static byte[] compile(byte[] yaml, String digest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(yaml.length);
            out.writeLong(crc(yaml));
            out.writeUTF(digest);
            out.write(YamlNodeCodec.encode(SafeYaml.parse(new String(yaml, StandardCharsets.UTF_8))));
        } catch (YamlParseException e) {
            throw new IOException("the default rubric does not parse: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * Compiles the default rubric found under the class-output directory {@code args[0]} into the
     * file beside it; the digest is the one the YAML loader computes, so reports are unchanged.
     */
    public static void main(String[] args) throws IOException {
        Path yamlFile = Path.of(args[0], RubricLoader.DEFAULT_RESOURCE.substring(1));
        byte[] yaml = Files.readAllBytes(yamlFile);
        Rubric parsed = RubricLoader.parseDefault(yaml);
        byte[] compiled = compile(yaml, parsed.digest());
        Path target = yamlFile.resolveSibling(yamlFile.getFileName() + SUFFIX);
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), compiled)) {
            return;
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, compiled);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
