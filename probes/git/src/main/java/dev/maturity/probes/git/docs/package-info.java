/** Governance documents: model cards, runbooks and policies (model swap, human override), read from Markdown. */
package dev.maturity.probes.git.docs;
