package dev.maturity.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maturity.core.fleet.FleetReader;
import dev.maturity.core.history.HistoryEntry;
import dev.maturity.core.history.HistoryQuery;
import dev.maturity.core.history.HistoryRows;
import dev.maturity.core.history.HistoryStore;
import dev.maturity.core.history.Trends;
import dev.maturity.core.render.ReportJson;
import dev.maturity.core.render.html.FleetPage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maturity history}: per target and axis x track, the level over time and the scans where it changed. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show level trends from the history store, and the criteria that flipped when a level changed.")
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--history", paramLabel = "PATH|JDBC-URL",
            description = "History store (default: $XDG_DATA_HOME/maturity/history.db).")
    String history;

    @Option(names = "--target", paramLabel = "NAME", description = "Only this target.")
    String target;

    @Option(names = "--since", paramLabel = "DATE", description = "Only scans from this ISO date or instant on.")
    String since;

    @Option(names = "--platform", paramLabel = "NAME", description = "Only targets of this platform.")
    String platform;

    @Option(names = "--team", paramLabel = "NAME", description = "Only targets of this team.")
    String team;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json, csv (one row per target x axis x track x scan) or html (the fleet page)"
                    + " (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--changes-since", paramLabel = "DATE",
            description = "html: regressions and gains since this ISO date or instant (default: 7 days ago).")
    String changesSince;

    @Override
    public Integer call() throws Exception {
        String kind = format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("text", "json", "csv", "html").contains(kind)) {
            throw new ExitCodes.UsageException("--format must be text, json, csv or html, not '" + format + "'");
        }
        if (output != null) {
            ReportFiles.checkFile(output);
        }
        String location = history != null ? history
                : HistoryStore.defaultFile(System.getenv(), System.getProperty("user.home")).toString();
        Instant from = parseSince();
        if (!location.startsWith("jdbc:") && !Files.isRegularFile(Path.of(location))) {
            throw new ExitCodes.UsageException("no history store at " + location
                    + " (a platform scan with --history creates it; --history names another)");
        }
        HistoryStore store = PlatformScan.openHistory(location);
        HistoryQuery query = new HistoryQuery(target, platform, team, from, !kind.equals("html"));
        if (kind.equals("html")) {
            Instant now = Instant.now();
            Instant point = changesSince == null ? now.minus(java.time.Duration.ofDays(7))
                    : Dates.parse("--changes-since", changesSince, false);
            emit(FleetPage.render(FleetReader.read(store, query, point, now)));
            return ExitCodes.OK;
        }
        List<HistoryEntry> entries = store.read(query);
        if (kind.equals("csv")) {
            StringBuilder csv = new StringBuilder();
            HistoryRows.csv(entries, csv);
            emit(csv.toString());
            return ExitCodes.OK;
        }
        List<Trends> trends = Trends.of(entries);
        if (kind.equals("json")) {
            ObjectNode root = json(trends);
            root.set("rows", HistoryRows.json(entries));
            emit(ReportJson.MAPPER.writeValueAsString(root) + "\n");
            return ExitCodes.OK;
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (trends.isEmpty()) {
            out.println("no scans recorded" + (target == null ? "" : " for target '" + target + "'") + " in " + store.location());
        } else {
            trends.forEach(t -> text(t, out));
        }
        out.flush();
        emit(text.toString());
        return ExitCodes.OK;
    }

    private void emit(String text) {
        if (output != null) {
            ReportFiles.write(output, text);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }

    private Instant parseSince() {
        return since == null ? null : Dates.parse("--since", since, false);
    }

    private static void text(Trends t, PrintWriter out) {
        List<HistoryEntry> scans = t.scans();
        long failed = scans.stream().filter(e -> !e.scored()).count();
        out.printf("%s%s: %d scans, %s .. %s%s%n", t.target(), t.platform() == null ? "" : " (" + t.platform()
                        + (t.team() == null ? "" : "/" + t.team()) + ")", scans.size(), day(scans.get(0).scannedAt()),
                day(scans.get(scans.size() - 1).scannedAt()), failed == 0 ? "" : ", " + failed + " failed");
        int width = t.series().keySet().stream().mapToInt(k -> k.toString().length()).max().orElse(0);
        for (Map.Entry<HistoryEntry.Key, List<Trends.Point>> e : t.series().entrySet()) {
            List<Trends.Point> points = e.getValue();
            if (points.stream().allMatch(p -> p.level() == null)) {
                continue; // the track never applied to this target
            }
            Trends.Point last = points.get(points.size() - 1);
            out.printf("  %-" + width + "s  %s  %s%n", e.getKey(), Trends.sparkline(points),
                    last.level() == null ? "n/a" : "level " + last.level() + " (ceiling " + last.ceiling() + ")");
        }
        for (Trends.Change c : t.changes()) {
            out.printf("  %s  %s %s -> %s%n", c.at(), c.key(), level(c.from()), level(c.to()));
            for (Trends.Flip f : c.flipped()) {
                out.printf("      %s: %s -> %s%n", f.criterion(), f.before() == null ? "-" : f.before(),
                        f.after() == null ? "-" : f.after());
            }
        }
        scans.stream().filter(e -> !e.scored()).reduce((a, b) -> b).ifPresent(e ->
                out.printf("  last failure %s: %s %s%n", e.scannedAt(), e.status().toLowerCase(java.util.Locale.ROOT), e.reason()));
        out.println();
    }

    private static String level(Integer l) {
        return l == null ? "n/a" : String.valueOf(l);
    }

    private static String day(Instant i) {
        return i.atZone(Clock.systemUTC().getZone()).toLocalDate().toString();
    }

    private static ObjectNode json(List<Trends> trends) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        ArrayNode targets = root.putArray("targets");
        for (Trends t : trends) {
            ObjectNode o = targets.addObject().put("target", t.target()).put("platform", t.platform()).put("team", t.team());
            ArrayNode scans = o.putArray("scans");
            t.scans().forEach(e -> scans.addObject().put("id", e.id()).put("scannedAt", e.scannedAt().toString())
                    .put("status", e.status()).put("reason", e.reason()));
            ArrayNode series = o.putArray("series");
            t.series().forEach((k, points) -> {
                ObjectNode s = series.addObject().put("axis", k.axis().id()).put("track", k.track().id());
                ArrayNode ps = s.putArray("points");
                points.forEach(p -> ps.addObject().put("scanId", p.scanId()).put("scannedAt", p.scannedAt().toString())
                        .put("level", p.level()).put("ceiling", p.ceiling()));
            });
            ArrayNode changes = o.putArray("changes");
            for (Trends.Change c : t.changes()) {
                ObjectNode ch = changes.addObject().put("axis", c.key().axis().id()).put("track", c.key().track().id())
                        .put("at", c.at().toString()).put("fromScan", c.fromScan()).put("toScan", c.toScan())
                        .put("from", c.from()).put("to", c.to());
                ArrayNode flips = ch.putArray("flipped");
                c.flipped().forEach(f -> flips.addObject().put("criterion", f.criterion())
                        .put("before", f.before() == null ? null : f.before().name())
                        .put("after", f.after() == null ? null : f.after().name()));
            }
        }
        return root;
    }
}
