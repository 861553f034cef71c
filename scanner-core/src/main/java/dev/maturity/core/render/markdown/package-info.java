/** Markdown output for pull-request comments and wikis: short by default, every criterion when verbose. */
package dev.maturity.core.render.markdown;
