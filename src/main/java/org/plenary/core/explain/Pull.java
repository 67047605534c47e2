package org.plenary.core.explain;

/**
 * One objector's share of the chair's move on one clause: λ·w_i·s_ik·(x_ik − p_k) / Σ_j w_j s_jk.
 *
 * @param delegationId the objector
 * @param amount       signed scale points it pulled the clause by
 */
public record Pull(String delegationId, double amount) {
}
