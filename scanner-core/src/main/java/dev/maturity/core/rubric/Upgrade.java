package dev.maturity.core.rubric;

/** The seed's highest-leverage upgrade for a platform at {@code fromLevel}. */
public record Upgrade(int fromLevel, String text) {
}
