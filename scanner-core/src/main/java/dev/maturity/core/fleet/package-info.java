/**
 * The platform view over the history store: every target's latest levels, trends, regressions and
 * gains with the criteria that flipped, the fleet's highest-leverage upgrades, the distribution of
 * levels, and failing or stale targets. Reads the store; renders nothing (see render.html.FleetPage).
 */
package dev.maturity.core.fleet;
