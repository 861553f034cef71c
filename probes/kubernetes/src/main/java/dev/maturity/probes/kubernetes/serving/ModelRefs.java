package dev.maturity.probes.kubernetes.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Model references in command lines and URIs: where a model comes from, and whether it is pinned to a version. */
public final class ModelRefs {

    private static final List<String> MODEL_FLAGS = List.of("--model", "--model-id", "--model_id", "--model-name-or-path",
            "--model-repository", "--model-store", "--model-path", "--model-uri", "--model_uri", "--models");
    private static final Pattern STORE = Pattern.compile("^(models:/|runs:/|mlflow-artifacts:/|s3a?://|gs://|gcs://|azureml://"
            + "|wasbs?://|abfss?://|hf://|pvc://|oci://|https?://)");
    private static final Pattern HF_REPO = Pattern.compile("^[A-Za-z0-9][\\w.-]*/[\\w.-]+$");
    private static final Pattern VERSION_SEGMENT = Pattern.compile("^(v?\\d+(\\.\\d+)*|version[-_]?\\d+|[0-9a-f]{12,})$");

    private ModelRefs() {
    }

    /** Values of model flags ({@code --model X}, {@code --model=X}) and a {@code --revision} marker. */
    static List<String> fromCommandLine(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            for (String flag : MODEL_FLAGS) {
                if (a.equals(flag) && i + 1 < args.size()) {
                    out.add(args.get(i + 1));
                } else if (a.startsWith(flag + "=")) {
                    out.add(a.substring(flag.length() + 1));
                }
            }
            if ((a.equals("--revision") || a.equals("--code-revision")) && i + 1 < args.size()) {
                out.add("revision:" + args.get(i + 1));
            } else if (a.startsWith("--revision=")) {
                out.add("revision:" + a.substring("--revision=".length()));
            }
        }
        return out;
    }

    /** The model comes from a registry or artefact store (MLflow, object storage, Hugging Face Hub, OCI, a volume claim). */
    public static boolean fromStore(String ref) {
        return STORE.matcher(ref).find() || HF_REPO.matcher(ref).matches();
    }

    /** The reference names one immutable model version: a registry version number, a run, a digest, a version path segment. */
    public static boolean pinned(String ref) {
        if (ref.startsWith("revision:")) {
            return !ref.endsWith(":main") && !ref.endsWith(":latest");
        }
        if (ref.startsWith("models:/")) {
            return ref.matches("models:/[^/@]+/\\d+/?");
        }
        if (ref.startsWith("runs:/") || ref.contains("@sha256:")) {
            return true;
        }
        if (ref.startsWith("oci://")) {
            int colon = ref.lastIndexOf(':');
            return colon > "oci://".length() && !ref.substring(colon + 1).equals("latest") && !ref.substring(colon).contains("/");
        }
        if (!STORE.matcher(ref).find()) {
            return false;
        }
        String[] segments = ref.replaceFirst("^[a-z0-9+-]+:/+", "").split("/");
        boolean version = false;
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equalsIgnoreCase("latest") || segments[i].equalsIgnoreCase("current")) {
                return false;
            }
            version |= VERSION_SEGMENT.matcher(segments[i]).matches();
        }
        return version;
    }
}
