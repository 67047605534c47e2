/**
 * Classic forecasts from the literature computed on the same scenario as the agent-based
 * protocol (DESIGN §4): the compromise model (weighted mean), the weighted median ("median
 * voter"), the Nash bargaining solution over the BATNAs, and Bueno de Mesquita's expected-utility
 * (challenge) model as formalised by Scholz, Calbert and Smith (2011). {@link
 * org.plenary.core.baseline.Baselines} computes all of them at once.
 *
 * <p>Pure: no files, terminal or agent platform. Every model works over the negotiating
 * delegations in the order of their ids, so the order of the scenario file changes nothing.
 * Formulas, assumptions, ties and references are written out in {@code docs/baselines.md}.
 */
package org.plenary.core.baseline;
