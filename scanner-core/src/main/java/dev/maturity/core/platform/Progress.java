package dev.maturity.core.platform;

/** Hears where each target's scan is; called from worker threads, so implementations synchronise. */
public interface Progress {

    /** A phase a target passes through. */
    enum Phase { QUEUED, COLLECTING, SCORING, SCORED, FAILED, TIMED_OUT }

    void update(Target target, Phase phase, String detail);

    Progress NONE = (target, phase, detail) -> { };
}
