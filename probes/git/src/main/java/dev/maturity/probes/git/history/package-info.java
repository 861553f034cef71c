/** Git history as evidence that practice is alive: reviewed changes, eval-set refresh, risk docs per change, generated docs. */
package dev.maturity.probes.git.history;
