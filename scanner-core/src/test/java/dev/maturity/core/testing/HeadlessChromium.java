package dev.maturity.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Headless Chromium as a reader's browser: renders a page to its DOM or a screenshot. Every run goes
 * through a local proxy that answers nothing and records each request Chromium makes (loopback
 * included), so a test can assert a page asked the network for nothing.
 */
public final class HeadlessChromium implements AutoCloseable {

    private final String binary;
    private final Path dir;
    private final ServerSocket proxy;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private HeadlessChromium(String binary, Path dir) throws IOException {
        this.binary = binary;
        this.dir = dir;
        this.proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::record, "chromium-request-recorder");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Chromium at {@code $MATURITY_TEST_CHROMIUM} ({@code .ci/run} sets it: then a missing browser fails the
     * test), else on the PATH ({@code chromium}, {@code chromium-browser}, {@code google-chrome}) if installed.
     */
    public static Optional<HeadlessChromium> start(Path dir) throws IOException {
        String given = System.getenv("MATURITY_TEST_CHROMIUM");
        if (given != null && !given.isBlank()) {
            if (!Files.isExecutable(Path.of(given))) {
                throw new AssertionError("$MATURITY_TEST_CHROMIUM names " + given + ", which is not an executable");
            }
            return Optional.of(new HeadlessChromium(given, dir));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : path.split(File.pathSeparator)) {
                File f = new File(d, name);
                if (f.isFile() && f.canExecute()) {
                    return Optional.of(new HeadlessChromium(f.getAbsolutePath(), dir));
                }
            }
        }
        return Optional.empty();
    }

    /** Runs Chromium headless with the given arguments; returns what it wrote to stdout. */
    public String run(List<String> args, Path output) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
                "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>",
                "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication"));
        cmd.addAll(args);
        Path err = dir.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(output.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + String.join(" ", cmd));
        }
        assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(err)).isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** The first line of every request Chromium sent through the proxy so far (e.g. {@code GET http://host/x HTTP/1.1}). */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * Whether a recorded request is Chromium's own (clock, component updates, account sign-in) and not
     * the page's: the exact hosts Chromium calls on start whatever it renders. A page's request to any
     * other host, Google's font or CDN hosts included, is not housekeeping.
     */
    public static boolean browserHousekeeping(String requestLine) {
        return java.util.regex.Pattern.compile("^(GET|POST|CONNECT) (http://)?(clients2\\.google\\.com|update\\.googleapis\\.com"
                + "|accounts\\.google\\.com)[:/]").matcher(requestLine).find();
    }

    private void record() {
        while (!proxy.isClosed()) {
            try (Socket s = proxy.accept()) {
                s.setSoTimeout(2000);
                String first = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                        .readLine();
                requests.add(first == null ? "(connection without a request)" : first);
                s.getOutputStream().write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                // closed, or a client that went away: nothing more to record from it
            }
        }
    }

    /** A screenshot of a page with text, tables and charts: the given width, varied luminance, many colours. */
    public static void assertNotBlank(Path png, int width) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).as("screenshot written").isNotNull();
        assertThat(img.getWidth()).isEqualTo(width);
        double mean = 0;
        double sq = 0;
        Set<Integer> colours = new HashSet<>();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                colours.add(rgb & 0xFFFFFF);
                double lum = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                mean += lum;
                sq += lum * lum;
                n++;
            }
        }
        mean /= n;
        double variance = sq / n - mean * mean;
        assertThat(variance).as("luminance variance of a page with text, tables and a chart").isGreaterThan(200);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    }

    @Override
    public void close() throws IOException {
        proxy.close();
    }
}
