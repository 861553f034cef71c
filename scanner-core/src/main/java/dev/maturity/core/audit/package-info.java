/**
 * The audit pack: the report, the controls of the EU AI Act, the NIST AI RMF and ISO/IEC 42001 that
 * the rubric touches with a status computed from the criteria's outcomes, the evidence those
 * criteria cite captured at scan time and redacted, a manifest of SHA-256 digests and an in-toto
 * attestation in a DSSE envelope, signed with Ed25519 (or ECDSA). {@link dev.maturity.core.audit.PackVerifier}
 * checks a pack later. Evidence mapped to controls, never a legal conformity statement.
 */
package dev.maturity.core.audit;
