package dev.maturity.cli;

import dev.maturity.core.audit.PackVerifier;
import dev.maturity.core.audit.PackZip;
import dev.maturity.core.audit.PemKeys;
import dev.maturity.core.spi.ScanRequest;
import dev.maturity.probes.git.CommittedBlobReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maturity verify PACK}: exit 0 when every file matches the manifest, the manifest matches
 * the attestation and the signature (or the recorded digest) matches; 1 naming each file missing,
 * extra or altered, or saying the signature or digest fails; 2 when the file is not a pack.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify an audit pack: files against the manifest, the manifest against the signed attestation.")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK.zip", description = "The audit pack.")
    Path pack;

    @Option(names = "--public-key", paramLabel = "PUB.pem", description = "The signer's Ed25519 (or EC) public key, PEM.")
    Path publicKey;

    @Option(names = "--expect-digest", paramLabel = "SHA256", description = "The statement digest 'audit' printed for an unsigned pack.")
    String expectDigest;

    @Option(names = "--repo", paramLabel = "PATH", description = "Also check each git excerpt against this repository's committed blobs.")
    Path repo;

    @Override
    public Integer call() throws IOException {
        if (publicKey == null && expectDigest == null) {
            throw new ExitCodes.UsageException("give --public-key PUB.pem or --expect-digest SHA256: without one, anyone "
                    + "could have edited the pack and recomputed its digests");
        }
        if (!Files.isRegularFile(pack)) {
            throw new ExitCodes.UsageException("no such file: " + pack);
        }
        PublicKey key = publicKey == null ? null : PemKeys.publicKey(publicKey);
        Map<String, byte[]> files;
        PackVerifier.Verdict verdict;
        try {
            files = PackZip.read(pack);
        } catch (IOException e) {
            throw new ExitCodes.UsageException(pack + " is not an audit pack: " + e.getMessage());
        }
        try (CommittedBlobReader blobs = repo == null ? null : CommittedBlobReader.any(repo.toString(),
                new ScanRequest(List.of(repo.toString()), null, Instant.now(), Map.of(), Map.of(), Path.of("").toAbsolutePath()))) {
            verdict = PackVerifier.verify(files, key, expectDigest, blobs);
        } catch (PackVerifier.NotAPackException e) {
            throw new ExitCodes.UsageException(pack + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        verdict.checked().forEach(c -> out.println("checked: " + c));
        verdict.problems().forEach(p -> out.println("FAILED " + p));
        out.println(verdict.intact() ? "maturity: " + pack + " is intact and authentic" : "maturity: " + pack + " FAILED verification ("
                + verdict.problems().size() + " problem(s))");
        out.flush();
        return verdict.intact() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
