/**
 * Globs from users and scanned repositories, matched in time linear in the path: every glob is
 * translated to an RE2 expression (re2j), which never backtracks, so no pattern can stall a scan.
 */
package dev.maturity.core.glob;
