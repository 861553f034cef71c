/** The rubric: criteria per axis, track and level, mapped to probes; shipped as YAML, overridable. */
package dev.maturity.core.rubric;
