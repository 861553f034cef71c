package dev.maturity.probes.git.docs;

import dev.maturity.core.model.Strength;
import dev.maturity.core.yaml.YamlNode;
import dev.maturity.probes.git.Extractor;
import dev.maturity.probes.git.RepoFile;
import dev.maturity.probes.git.RepoSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads model cards: files named as cards (MODEL_CARD.md, model_card.md, modelcard.md, under
 * docs/models/ or model_cards/) and READMEs whose front matter is Hugging Face card metadata.
 * Each card records which sections carry real content and which are template text.
 */
public final class ModelCardExtractor implements Extractor {

    /** Front matter keys of the Hugging Face model card that describe a model. */
    static final List<String> HF_KEYS = List.of("model-index", "datasets", "metrics", "license", "base_model",
            "pipeline_tag", "library_name", "language", "tags");
    private static final Set<String> MODEL_KEYS = Set.of("model-index", "datasets", "metrics", "base_model", "pipeline_tag");
    private static final Pattern CARD_NAME = Pattern.compile("(model[_-]?card|modelcard)[^/]*\\.mdx?");
    private static final Pattern CARD_DIR = Pattern.compile("(^|.*/)(docs/models|model[_-]cards)/[^/]+\\.mdx?");
    private static final int MIN_WORDS = 8;

    @Override
    public void extract(RepoSnapshot repo, Sink sink) {
        for (RepoFile f : repo.files()) {
            String lower = f.path().toLowerCase(Locale.ROOT);
            boolean named = CARD_NAME.matcher(f.name().toLowerCase(Locale.ROOT)).matches() || CARD_DIR.matcher(lower).matches();
            boolean readme = f.name().equalsIgnoreCase("README.md");
            if (named || readme) {
                repo.text(f.path()).ifPresent(t -> read(repo, f.path(), t, named, sink));
            }
        }
    }

    private static void read(RepoSnapshot repo, String path, String text, boolean named, Sink sink) {
        FrontMatter fm;
        try {
            fm = FrontMatter.split(text, repo.yamlBudget());
        } catch (FrontMatter.Invalid e) {
            if (named) {
                sink.unreadable(path, e.line(), e.getMessage());
            }
            return;
        }
        List<String> keys = new ArrayList<>();
        HF_KEYS.stream().filter(k -> fm.yaml().get(k).hasContent()).forEach(keys::add);
        if (!named && keys.stream().noneMatch(MODEL_KEYS::contains)) {
            return;
        }
        Set<CardSection> written = EnumSet.noneOf(CardSection.class);
        Set<CardSection> templated = EnumSet.noneOf(CardSection.class);
        List<Markdown.Section> sections = Markdown.parse(fm.body(), fm.bodyLine()).sections();
        int from = 0;
        int to = 0;
        for (int i = 0; i < sections.size(); i++) {
            Markdown.Section s = sections.get(i);
            var kind = CardSection.of(s.heading());
            if (s.level() == 0 || kind.isEmpty()) {
                continue;
            }
            int words = s.words();
            int end = s.endLine();
            for (int j = i + 1; j < sections.size() && sections.get(j).level() > s.level(); j++) {
                words += sections.get(j).words();
                end = Math.max(end, sections.get(j).endLine());
            }
            if (words >= MIN_WORDS) {
                written.add(kind.get());
                from = from == 0 ? s.startLine() : Math.min(from, s.startLine());
                to = Math.max(to, end);
            } else {
                templated.add(kind.get());
            }
        }
        if (hasMetricValues(fm.yaml())) {
            written.add(CardSection.METRICS);
        }
        templated.removeAll(written);
        if (fm.hasFrontMatter() && !keys.isEmpty() && !written.isEmpty()) {
            from = 1;
            to = Math.max(to, fm.bodyLine() - 1);
        }
        if (written.isEmpty()) {
            from = 1;
            to = (int) text.lines().count();
        }
        String detail = (written.isEmpty() ? "template-only model card" : "model card with " + names(written))
                + (keys.isEmpty() ? "" : "; card metadata " + String.join(", ", keys))
                + (templated.isEmpty() ? "" : "; template text in " + names(templated));
        sink.fact(new ModelCard(repo.name(), path, keys, written, templated,
                repo.evidence(path, from, Math.max(from, to), Strength.DECLARED, detail)));
    }

    /** model-index[].results[].metrics[].value present: the card reports measured results. */
    private static boolean hasMetricValues(YamlNode yaml) {
        for (YamlNode model : yaml.get("model-index").items()) {
            for (YamlNode result : model.get("results").items()) {
                for (YamlNode metric : result.get("metrics").items()) {
                    if (metric.get("value").hasContent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String names(Set<CardSection> s) {
        return String.join(", ", s.stream().map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
    }
}
