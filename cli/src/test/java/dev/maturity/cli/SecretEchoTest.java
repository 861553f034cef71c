package dev.maturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile git server echoes the credential back in its status line, Base64-encoded the way an
 * Authorization header carries it. Whatever the server says, neither the report nor standard
 * error holds the password in any form.
 */
class SecretEchoTest {

    static final String PASSWORD = "s3cret@Echo:Pass/0042";

    @TempDir
    Path tmp;

    @Test
    void aServerEchoingTheCredentialGetsItPrintedInNoForm() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("deploy-bot:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        s.getInputStream().read(new byte[8192]);
                        OutputStream out = s.getOutputStream();
                        out.write(("HTTP/1.1 500 Rejected Basic " + basic + " for " + PASSWORD + "\r\n"
                                + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            answer.setDaemon(true);
            answer.start();
            String url = "http://deploy-bot:" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "@127.0.0.1:"
                    + server.getLocalPort() + "/acme/app.git";
            Path report = tmp.resolve("report.txt");
            PrintStream saved = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = Main.run("scan", url, "--allow-http-credentials", "--verbose", "-o", report.toString());
            } finally {
                System.setErr(saved);
            }
            String everything = err.toString(StandardCharsets.UTF_8) + (Files.exists(report) ? Files.readString(report) : "");
            assertThat(everything).as("the failure is reported").contains("127.0.0.1:" + server.getLocalPort());
            assertThat(everything).doesNotContain(PASSWORD).doesNotContain(basic)
                    .doesNotContain(URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)).doesNotContain("s3cret");
            assertThat(exit).isNotEqualTo(70);
        }
    }
}
