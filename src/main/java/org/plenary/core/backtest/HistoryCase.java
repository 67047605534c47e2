package org.plenary.core.backtest;

import org.plenary.core.model.Scenario;

/**
 * A past negotiation: the scenario as it stood before adoption, which is all the models see, and
 * the observed outcome, which only the scores see.
 *
 * @param name     short name of the case (its file name without extension)
 * @param scenario the model's input, coded from documents dated before adoption
 * @param observed what was adopted
 */
public record HistoryCase(String name, Scenario scenario, Observed observed) {
}
