/** The scorer (pure: findings and rubric in, report out) and the immutable report it builds. */
package dev.maturity.core.score;
