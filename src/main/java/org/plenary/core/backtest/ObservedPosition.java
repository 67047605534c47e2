package org.plenary.core.backtest;

/**
 * Where the adopted text landed on one clause's scale.
 *
 * @param clauseId the clause
 * @param position the adopted text's position, 0–100 on the clause's scale
 * @param evidence the paragraph or record the position is coded from
 */
public record ObservedPosition(String clauseId, double position, Evidence evidence) {
}
