package dev.maturity.probes.git.ci.jenkins;

import dev.maturity.probes.git.ci.JobBuilder;
import dev.maturity.probes.git.ci.jenkins.GroovyToken.Kind;
import dev.maturity.probes.git.wiring.PipelineFiles;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the steps of a stage: shell steps ({@code sh}, {@code bat}, {@code powershell}, {@code pwsh},
 * also inside {@code script { }}, {@code dir('x') { }}, {@code withCredentials}, {@code container} and
 * any other block), whose failure is tolerated under {@code catchError(buildResult: 'SUCCESS')},
 * {@code warnError} or {@code returnStatus: true}; jobs it starts ({@code build job:}); and the
 * credential ids it uses.
 */
final class JenkinsSteps {

    private static final Set<String> SHELLS = Set.of("sh", "bat", "powershell", "pwsh");

    private JenkinsSteps() {
    }

    static void read(List<GroovyStatement> steps, String workdir, boolean tolerated, JobBuilder job) {
        for (GroovyStatement s : steps) {
            String head = s.head();
            if (SHELLS.contains(head)) {
                boolean status = s.named("returnStatus").map("true"::equals).orElse(false);
                job.shell(s.named("script").or(s::firstString).orElse(""), workdir, tolerated || status);
            } else if (head.equals("dir") && s.hasBlock()) {
                String sub = PipelineFiles.join(workdir, s.firstString().orElse("."));
                read(s.children(), sub == null ? workdir : sub, tolerated, job);
            } else if (head.equals("catchError") && s.hasBlock()) {
                boolean fails = s.named("buildResult").map(r -> r.equalsIgnoreCase("FAILURE")).orElse(true);
                read(s.children(), workdir, tolerated || !fails, job);
            } else if (head.equals("warnError") && s.hasBlock()) {
                read(s.children(), workdir, true, job);
            } else if (head.equals("build")) {
                job.command("build job: " + s.named("job").or(s::firstString).orElse("?"));
            } else {
                inline(s, workdir, tolerated, job);
                if (s.hasBlock()) {
                    read(s.children(), workdir, tolerated, job);
                }
            }
            job.secrets(credentials(s));
        }
    }

    /** {@code def out = sh(script: '…', returnStatus: true)}: a shell step inside an expression. */
    private static void inline(GroovyStatement s, String workdir, boolean tolerated, JobBuilder job) {
        List<GroovyToken> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).kind() == Kind.WORD && SHELLS.contains(t.get(i).text()) && t.get(i + 1).punct("(")) {
                GroovyStatement call = new GroovyStatement(t.get(i).text(), args(t, i + 2), null, s.line(), s.endLine());
                boolean status = call.named("returnStatus").map("true"::equals).orElse(false);
                job.shell(call.named("script").or(call::firstString).orElse(""), workdir, tolerated || status);
            }
        }
    }

    private static List<GroovyToken> args(List<GroovyToken> t, int from) {
        int depth = 1;
        int i = from;
        while (i < t.size() && depth > 0) {
            if (t.get(i).punct("(")) {
                depth++;
            } else if (t.get(i).punct(")")) {
                depth--;
            }
            i++;
        }
        return t.subList(from, Math.max(from, i - 1));
    }

    /** Credential ids named by {@code credentials('id')}, {@code credentialsId: 'id'} or {@code sshagent(['id'])} (never their values). */
    static Set<String> credentials(GroovyStatement s) {
        Set<String> out = new TreeSet<>();
        List<GroovyToken> t = s.tokens();
        if (s.head().equals("sshagent")) {
            t.stream().filter(x -> x.kind() == Kind.STRING).forEach(x -> out.add(x.text()));
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            GroovyToken a = t.get(i);
            if (a.is(Kind.WORD, "credentials") && t.get(i + 1).punct("(") && i + 2 < t.size()
                    && t.get(i + 2).kind() == Kind.STRING) {
                out.add(t.get(i + 2).text());
            }
            if (a.is(Kind.WORD, "credentialsId") && t.get(i + 1).punct(":") && i + 2 < t.size()
                    && t.get(i + 2).kind() == Kind.STRING) {
                out.add(t.get(i + 2).text());
            }
        }
        return out;
    }
}
