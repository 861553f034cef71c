/** Remote repositories: URLs without their secrets, a local bare clone cache fetched incrementally, credentials from the environment. */
package dev.maturity.probes.git.remote;
