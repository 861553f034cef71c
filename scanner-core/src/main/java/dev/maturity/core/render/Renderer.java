package dev.maturity.core.render;

import dev.maturity.core.score.Report;
import java.io.IOException;

/** Writes a report in one format ({@code text}, {@code json}, ...). Listed in META-INF/services. */
public interface Renderer {

    /** The {@code --format} name. */
    String format();

    /** The usual file extension, without the dot. */
    default String extension() {
        return format();
    }

    void render(Report report, RenderOptions options, Appendable out) throws IOException;
}
