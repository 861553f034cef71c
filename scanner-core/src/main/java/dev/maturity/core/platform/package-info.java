/** A platform of named scan targets ({@code maturity.yaml}), its validation, sharding and the parallel runner. */
package dev.maturity.core.platform;
