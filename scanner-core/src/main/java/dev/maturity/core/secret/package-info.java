/** The one redactor: every secret value the process holds, removed from everything that leaves it. */
package dev.maturity.core.secret;
