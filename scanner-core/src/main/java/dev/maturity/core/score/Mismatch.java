package dev.maturity.core.score;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A gap the seed names as where the next incident comes from: classical and LLM two or more
 * levels apart on an axis ({@code kind=tracks}), or one track's axes spread by two or more
 * ({@code kind=spread}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mismatch(String kind, String axis, String track, int low, int high, String message) {
}
