/** SARIF 2.1.0 output: one rule per criterion, results where a criterion falls short of the target level. */
package dev.maturity.core.render.sarif;
