/** Data versioning (DVC), feature stores (Feast) and data contracts (Data Contract Specification, ODCS). */
package dev.maturity.probes.git.data;
