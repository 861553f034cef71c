/** Renderers turn a report into text for people or machines; found with ServiceLoader like probes. */
package dev.maturity.core.render;
