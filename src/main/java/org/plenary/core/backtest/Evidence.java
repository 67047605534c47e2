package org.plenary.core.backtest;

import org.plenary.core.model.Source;

/**
 * Why an observed value is what it is: the document that records it and the reasoning from the
 * document to the number.
 *
 * @param source    the document (a {@code metadata.sources} entry of the case)
 * @param rationale the reasoning; judgements start with "judgement:"
 */
public record Evidence(Source source, String rationale) {
}
