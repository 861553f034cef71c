/** Ownership: CODEOWNERS coverage of ML paths and tool catalogues, and on-call in Backstage catalog metadata. */
package dev.maturity.probes.git.ownership;
