package dev.maturity.core.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many targets of a platform scan may fail or time out before the run counts as incomplete:
 * a count ({@code 2}) or a share of the targets scanned ({@code 25%}). The default allows none. A run
 * in which every target failed is incomplete whatever the allowance: it scored nothing.
 */
public record FailureAllowance(int count, int percent) {

    /** No target may fail. */
    public static final FailureAllowance NONE = new FailureAllowance(0, -1);

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})(%?)");

    public FailureAllowance {
        if (count < 0 || percent > 100) {
            throw new IllegalArgumentException("a failure allowance is a count >= 0 or a share from 0% to 100%");
        }
    }

    /** Parses {@code N} or {@code P%}; anything else throws with the expected form. */
    public static FailureAllowance parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a number of targets (2) or a share of them (25%), not '" + text + "'");
        }
        int n = Integer.parseInt(m.group(1));
        if (m.group(2).isEmpty()) {
            return new FailureAllowance(n, -1);
        }
        if (n > 100) {
            throw new IllegalArgumentException("a share of the targets is at most 100%, not " + n + "%");
        }
        return new FailureAllowance(0, n);
    }

    /** Whether {@code failed} of {@code total} targets is more than allowed (or all of them). */
    public boolean exceededBy(long failed, long total) {
        if (total == 0 || failed == 0) {
            return false;
        }
        if (failed == total) {
            return true;
        }
        return percent >= 0 ? failed * 100 > (long) percent * total : failed > count;
    }

    @Override
    public String toString() {
        return percent >= 0 ? percent + "%" : Integer.toString(count);
    }
}
