package dev.maturity.probes.git.ci;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** What starts a CI job. */
public enum Trigger {
    /** pull_request / pull_request_target / merge_request_event. */
    PULL_REQUEST,
    /** push to branches. */
    PUSH,
    /** push of tags ($CI_COMMIT_TAG, on.push.tags). */
    TAG,
    /** release events. */
    RELEASE,
    /** cron schedules. */
    SCHEDULE,
    /** workflow_dispatch, when: manual, web/api triggers. */
    MANUAL,
    /** anything else (workflow_call, repository_dispatch, ...). */
    OTHER;

    /** Runs on every change or release, as a regression suite must. */
    public boolean onChangeOrRelease() {
        return this == PULL_REQUEST || this == PUSH || this == TAG || this == RELEASE;
    }

    /** Lower-case names in declaration order, comma separated; "no trigger" when empty. */
    public static String describe(Collection<Trigger> triggers) {
        if (triggers.isEmpty()) {
            return "no trigger";
        }
        return triggers.stream().sorted().map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
