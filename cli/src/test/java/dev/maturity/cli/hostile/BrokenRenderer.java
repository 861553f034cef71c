package dev.maturity.cli.hostile;

import dev.maturity.core.render.RenderOptions;
import dev.maturity.core.render.Renderer;
import dev.maturity.core.score.Report;

/** Test-only format whose renderer has a bug: it stands for any internal error (exit 70). */
public final class BrokenRenderer implements Renderer {

    @Override
    public String format() {
        return "broken";
    }

    @Override
    public void render(Report report, RenderOptions options, Appendable out) {
        throw new IllegalStateException("renderer bug for the test");
    }
}
