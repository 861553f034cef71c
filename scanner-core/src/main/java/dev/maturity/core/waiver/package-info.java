/** Waivers: a named owner accepts a criterion's gap for a reason until a date; read from YAML and applied after scoring. */
package dev.maturity.core.waiver;
