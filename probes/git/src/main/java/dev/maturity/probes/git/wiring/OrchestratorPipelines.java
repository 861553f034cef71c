package dev.maturity.probes.git.wiring;

import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pipelines defined in code for an orchestrator: ZenML and Kubeflow {@code @pipeline}s, Prefect
 * {@code @flow}s, Dagster jobs and assets, Metaflow {@code FlowSpec}s, Airflow DAGs, TFX, Azure ML
 * and SageMaker pipelines. Each definition runs its own file, the repository modules it imports
 * (its steps) and the scripts it names (Azure ML {@code script_name}, TFX {@code module_file},
 * SageMaker {@code entry_point}, Airflow {@code bash_command}). The orchestrator is the pipeline:
 * code such a definition reaches is code a pipeline runs.
 */
final class OrchestratorPipelines {

    /** One orchestrator's recognition: an import that must occur, and the marker of each pipeline definition. */
    private record Kind(String system, Pattern gate, Pattern marker, boolean decorator) {
        static Kind of(String system, String gate, String marker, boolean decorator) {
            return new Kind(system, Pattern.compile(gate, Pattern.MULTILINE), Pattern.compile(marker, Pattern.MULTILINE), decorator);
        }
    }

    private static final String PY = "^[ \\t]*(?:from|import)[ \\t]+";
    private static final List<Kind> KINDS = List.of(
            Kind.of("zenml", PY + "zenml\\b", "^[ \\t]*@pipeline\\b", true),
            Kind.of("kfp", PY + "kfp\\b", "^[ \\t]*@(?:kfp\\.)?(?:dsl\\.)?pipeline\\b", true),
            Kind.of("prefect", PY + "prefect\\b", "^[ \\t]*@(?:prefect\\.)?flow\\b", true),
            Kind.of("dagster", PY + "dagster\\b", "^[ \\t]*@(?:dagster\\.)?(?:job|graph|asset|multi_asset)\\b", true),
            Kind.of("metaflow", PY + "metaflow\\b", "^[ \\t]*class[ \\t]+(\\w+)[ \\t]*\\([^)]*\\bFlowSpec\\b", false),
            Kind.of("airflow", PY + "airflow\\b",
                    "^[ \\t]*(?:with[ \\t]+|\\w+[ \\t]*=[ \\t]*)?(?:models\\.)?DAG\\([ \\t]*(?:dag_id[ \\t]*=[ \\t]*)?['\"]?([\\w.-]*)|^[ \\t]*@dag\\b",
                    false),
            Kind.of("tfx", PY + "tfx\\b", "\\b(?:tfx\\.dsl\\.|tfx\\.orchestration\\.pipeline\\.|pipeline\\.)Pipeline\\(", false),
            Kind.of("azureml", PY + "azureml\\.pipeline\\b|" + PY + "azure\\.ai\\.ml\\b",
                    "\\bPipeline\\([ \\t]*(?:workspace|ws|steps|description)|\\bPythonScriptStep\\(|^[ \\t]*@(?:dsl\\.)?pipeline\\b", false),
            Kind.of("sagemaker", PY + "sagemaker\\.workflow\\b", "\\bPipeline\\([ \\t]*(?:name|\\n)", false));

    private static final Pattern DEF = Pattern.compile("^[ \\t]*(?:async[ \\t]+)?def[ \\t]+(\\w+)", Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("['\"]([\\w./-]+\\.(?:py|sh|R|r))['\"]");
    private static final Pattern SOURCE_DIR = Pattern.compile(
            "\\b(?:source_directory|source_dir|code|code_dir|working_dir)[ \\t]*=[ \\t]*['\"]([\\w./-]+)['\"]");
    private static final Pattern SHELL = Pattern.compile(
            "\\b(?:bash_command|command|entrypoint)[ \\t]*=[ \\t]*(?:f?['\"]{3}([\\s\\S]*?)['\"]{3}|f?['\"]([^'\"\\n]+)['\"])");

    /** One pipeline definition: where it is and what it runs. */
    record Definition(String system, String file, String name, int line, int endLine, List<String> runs) {
    }

    private OrchestratorPipelines() {
    }

    /** The pipeline definitions of one Python file (none for tests and files without an orchestrator import). */
    static List<Definition> read(RepoSnapshot repo, RepoFile f, CommandWiring wiring, PythonImports imports) {
        if (!f.hasExtension(".py") || TestFiles.isTest(f.path())) {
            return List.of();
        }
        String text = repo.text(f.path()).orElse("");
        List<Definition> out = new ArrayList<>();
        for (Kind k : KINDS) {
            if (!k.gate().matcher(text).find()) {
                continue;
            }
            Matcher m = k.marker().matcher(text);
            Set<Integer> lines = new LinkedHashSet<>();
            while (m.find()) {
                int line = lineOf(text, m.start());
                if (comment(text, m.start()) || !lines.add(line)) {
                    continue;
                }
                String name = name(k, m, text);
                out.add(new Definition(k.system(), f.path(), name, line, end(k, m, text), runs(repo, f, text, wiring, imports)));
                if (!k.decorator() && !k.system().equals("metaflow") && !k.system().equals("airflow")) {
                    break; // one pipeline per file for constructor-style definitions
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static String name(Kind k, Matcher m, String text) {
        if (k.decorator()) {
            Matcher d = DEF.matcher(text);
            return d.find(m.end()) ? d.group(1) : k.system();
        }
        String g = m.groupCount() >= 1 ? m.group(1) : null;
        return g == null || g.isEmpty() ? k.system() + " pipeline" : g;
    }

    /** The file, the scripts it names, what its shell commands run, and the repository modules all of those import. */
    private static List<String> runs(RepoSnapshot repo, RepoFile f, String text, CommandWiring wiring, PythonImports imports) {
        Set<String> direct = new LinkedHashSet<>(List.of(f.path()));
        List<String> bases = new ArrayList<>(List.of(f.dir(), ""));
        Matcher s = SOURCE_DIR.matcher(text);
        while (s.find()) {
            for (String b : List.of(f.dir(), "")) {
                String d = PipelineFiles.join(b, s.group(1));
                if (d != null && repo.files().stream().anyMatch(x -> x.path().startsWith(d + "/"))) {
                    bases.add(0, d);
                }
            }
        }
        Matcher l = LITERAL.matcher(text);
        while (l.find()) {
            for (String b : bases) {
                String p = PipelineFiles.join(b, l.group(1));
                if (p != null && repo.exists(p)) {
                    direct.add(p);
                    break;
                }
            }
        }
        Set<String> out = new LinkedHashSet<>(imports.closure(direct));
        Matcher c = SHELL.matcher(text);
        while (c.find()) {
            String cmd = c.group(1) != null ? c.group(1) : c.group(2);
            out.addAll(wiring.resolve(cmd, bases.get(0)));
        }
        return List.copyOf(out);
    }

    private static int lineOf(String text, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            n += text.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    private static boolean comment(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        return text.substring(start, offset).strip().startsWith("#");
    }

    /** The last line of the definition: the decorated function, the class, or the constructor call (and its {@code with} body). */
    private static int end(Kind k, Matcher m, String text) {
        String[] lines = text.split("\\R", -1);
        int line = lineOf(text, m.start());
        if (k.decorator()) {
            Matcher d = DEF.matcher(text);
            return d.find(m.end()) ? indentEnd(lines, lineOf(text, d.start())) : line;
        }
        int end = indentEnd(lines, line);
        int open = text.indexOf('(', m.start());
        if (open >= 0 && open < m.end() + 1) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    end = Math.max(end, lineOf(text, i));
                    break;
                }
            }
        }
        return end;
    }

    /** The last line indented deeper than {@code line} after it (a closing bracket at the same indentation continues it). */
    private static int indentEnd(String[] lines, int line) {
        int indent = indent(lines[line - 1]);
        int end = line;
        for (int i = line; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank()) {
                continue;
            }
            String t = l.strip();
            if (indent(l) > indent || t.startsWith(")") || t.startsWith("]")) {
                end = i + 1;
                continue;
            }
            break;
        }
        return end;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
