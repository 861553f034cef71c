/** Signals in source code (imports, calls, attribute names) that show which ML/LLM tools the code uses. */
package dev.maturity.probes.git.code;
