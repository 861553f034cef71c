package dev.maturity.cli.accuracy;

/** How a scanned cell compares with the reviewer's accepted range. */
enum Verdict {
    /** The scanned level lies in the accepted range. */
    WITHIN,
    /** The scanner put the level below the range: it missed practice the repository proves. */
    UNDER,
    /** The scanner put the level above the range: it claimed practice the repository does not prove. */
    OVER,
    /** The scanner and the reviewer disagree on whether the track applies at all. */
    APPLICABILITY
}
