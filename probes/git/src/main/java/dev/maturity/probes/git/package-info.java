/** The git source: reads the committed tree (and, with history extractors, the log) of one or more repositories. */
package dev.maturity.probes.git;
