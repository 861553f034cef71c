/** Objects of one scope (live or committed), the judgement frame every probe of this module shares. */
package dev.maturity.probes.kubernetes.objects;
