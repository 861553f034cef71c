/** Levels as Prometheus text exposition, for scrapes and the Pushgateway. */
package dev.maturity.core.render.prometheus;
