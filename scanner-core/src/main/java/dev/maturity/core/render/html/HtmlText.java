package dev.maturity.core.render.html;

/** Escapes text for HTML element content and attribute values. */
final class HtmlText {

    private HtmlText() {
    }

    static String esc(String s) {
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
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Only http(s) addresses become links; anything else is shown as text. */
    static boolean safeUrl(String url) {
        return url != null && url.matches("^https?://[^\\s\"'<>]+$");
    }
}
