/** The append-only scan history (SQLite or PostgreSQL over JDBC), its migrations, and level trends. */
package dev.maturity.core.history;
