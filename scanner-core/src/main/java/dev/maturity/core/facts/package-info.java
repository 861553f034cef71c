/** Collected facts, what each source could and could not read, and what it found unreadable. */
package dev.maturity.core.facts;
