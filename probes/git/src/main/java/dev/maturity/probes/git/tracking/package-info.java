/** Whether experiment tracking lives in training code that actually runs. */
package dev.maturity.probes.git.tracking;
