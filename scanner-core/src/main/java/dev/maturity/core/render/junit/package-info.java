/** JUnit XML output: a test suite per axis x track, a test case per criterion, failures CI systems show. */
package dev.maturity.core.render.junit;
