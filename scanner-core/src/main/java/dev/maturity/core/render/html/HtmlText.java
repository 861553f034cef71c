package dev.maturity.core.render.html;

import dev.maturity.core.render.Escape;

/** Escapes text for HTML element content and attribute values. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c != '\n' && c != '\t' && Escape.isHidden(c)) {
                        Escape.visible(c, sb);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Only http(s) addresses become links; anything else is shown as text. */
    public static boolean safeUrl(String url) {
        return url != null && url.matches("^https?://[^\\s\"'<>]+$");
    }
}
