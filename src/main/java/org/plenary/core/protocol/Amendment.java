package org.plenary.core.protocol;

/**
 * A change an objecting delegation tables: move {@code clauseId} to its ideal point.
 *
 * @param clauseId the clause
 * @param position the position it asks for (its ideal point)
 * @param loss     how much the current draft of that clause costs it, ŝ·(|p − x|/100)^γ
 */
public record Amendment(String clauseId, double position, double loss) {
}
