/** The HTML report: one self-contained page with the level matrix, a radar chart, next steps and linked evidence. */
package dev.maturity.core.render.html;
