package dev.maturity.probes.git.ci;

import dev.maturity.core.model.Strength;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds one {@link CiJob} the same way for every CI system: the commands of its steps and the files
 * they run, whether its failure fails the run (explicitly, or because every step that runs a file
 * swallows its failure), the names of the secrets it uses, and its lines as {@code wired} evidence.
 */
public final class JobBuilder {

    private final CiContext ctx;
    private final CiSystem system;
    private final String file;
    private final String workflow;
    private final String id;
    private final Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
    private final Set<String> needs = new LinkedHashSet<>();
    private final List<String> commands = new ArrayList<>();
    private final Set<String> runs = new LinkedHashSet<>();
    private final Set<String> failing = new LinkedHashSet<>();
    private final Set<String> secrets = new TreeSet<>();
    private String environment;
    private boolean mayFail;
    private int start;
    private int end;
    private String note = "";

    JobBuilder(CiContext ctx, CiSystem system, String file, String workflow, String id) {
        this.ctx = ctx;
        this.system = system;
        this.file = file;
        this.workflow = workflow;
        this.id = id;
    }

    public JobBuilder triggers(Collection<Trigger> t) {
        triggers.addAll(t);
        return this;
    }

    /** Ids of jobs of the same pipeline that must succeed before this one runs. */
    public JobBuilder needs(Collection<String> ids) {
        needs.addAll(ids);
        needs.remove(id);
        return this;
    }

    /** A shell step whose failure fails the job. */
    public JobBuilder shell(String script, String workdir) {
        return shell(script, workdir, false);
    }

    /** A shell step; {@code tolerated} when the step's own failure does not fail the job. */
    public JobBuilder shell(String script, String workdir, boolean tolerated) {
        if (script == null || script.isBlank()) {
            return this;
        }
        return script(List.of(script), workdir, tolerated);
    }

    /** Lines run in one shell, one command each ({@code script:} lists): a {@code cd} carries over to later lines. */
    public JobBuilder script(List<String> lines, String workdir, boolean tolerated) {
        lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(commands::add);
        String script = String.join("\n", lines);
        runs.addAll(ctx.wiring().resolve(FailureTolerance.live(script), workdir));
        if (!tolerated) {
            failing.addAll(ctx.wiring().resolve(FailureTolerance.failing(script), workdir));
        }
        return this;
    }

    /**
     * A step that uses a packaged action, plugin, orb command or task: shown as
     * {@code uses: REF with k=v} (values of secret-like keys masked); input values that name a
     * repository file count as files it runs.
     */
    public JobBuilder uses(String ref, Map<String, String> inputs, String workdir, boolean tolerated) {
        commands.add("uses: " + ref + with(inputs));
        for (String value : inputs.values()) {
            for (String token : value.split("[\\s,]+")) {
                ctx.wiring().file(token, workdir).ifPresent(p -> {
                    runs.add(p);
                    if (!tolerated) {
                        failing.add(p);
                    }
                });
            }
        }
        return this;
    }

    /** A line shown among the commands that runs nothing (a trigger of another pipeline, an approval). */
    public JobBuilder command(String text) {
        commands.add(text);
        return this;
    }

    public JobBuilder environment(String env) {
        environment = env == null || env.isBlank() ? environment : env.strip();
        return this;
    }

    /** The job's failure does not fail the run ({@code allow_failure}, {@code soft_fail}, ...). */
    public JobBuilder mayFail(boolean value) {
        mayFail |= value;
        return this;
    }

    public JobBuilder secrets(Collection<String> names) {
        names.stream().filter(n -> n != null && !n.isBlank()).forEach(secrets::add);
        return this;
    }

    /** The job's lines in its file (1-based, inclusive). */
    public JobBuilder lines(int from, int to) {
        start = from;
        end = Math.max(from, to);
        return this;
    }

    /** Appended to the evidence detail: {@code (only when paths change)}, {@code after approval}. */
    public JobBuilder note(String text) {
        note += text.isBlank() ? "" : " " + text.strip();
        return this;
    }

    public CiJob build() {
        boolean reportOnly = mayFail || !runs.isEmpty() && failing.isEmpty();
        String detail = system.displayName() + " job '" + id + "' on " + Trigger.describe(triggers)
                + (environment == null ? "" : ", environment " + environment)
                + (reportOnly ? ", allowed to fail" : "") + note;
        return new CiJob(ctx.repo().name(), system.id(), file, workflow, id, triggers, List.copyOf(needs), commands,
                environment, ctx.repo().evidence(file, start, end, Strength.WIRED, detail), List.copyOf(runs), reportOnly,
                List.copyOf(secrets));
    }

    /** Emits the job. */
    public void emit() {
        ctx.emit(build());
    }

    /** Inputs as {@code " with k=v ..."}, values of secret-like keys masked; empty without inputs. */
    public static String with(Map<String, String> inputs) {
        if (inputs.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        inputs.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            boolean secret = key.contains("key") || key.contains("token") || key.contains("secret") || key.contains("password");
            parts.add(k + "=" + (secret ? "***" : v));
        });
        return " with " + String.join(" ", parts);
    }

    /** Scalar entries of a mapping, in order. */
    public static Map<String, String> scalars(dev.maturity.core.yaml.YamlNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entries().forEach((k, v) -> out.put(k, v.isSequence() ? String.join(" ", v.texts()) : v.textOr("")));
        return out;
    }
}
