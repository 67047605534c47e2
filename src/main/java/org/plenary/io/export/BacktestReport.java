package org.plenary.io.export;

import java.util.List;
import org.plenary.core.backtest.CaseScore;
import org.plenary.core.backtest.Pooled;

/**
 * Everything a backtest writes: the scores per case, pooled, and where the cases came from.
 *
 * @param version Plenary's version
 * @param cases   per case, in the order read (sorted by file name)
 * @param files   each case's file as given, in the same order
 * @param sha256  each case file's SHA-256, in the same order
 * @param pooled  the scores pooled over the cases
 */
public record BacktestReport(String version, List<CaseScore> cases, List<String> files, List<String> sha256,
                             Pooled pooled) {

    public BacktestReport {
        cases = List.copyOf(cases);
        files = List.copyOf(files);
        sha256 = List.copyOf(sha256);
        if (files.size() != cases.size() || sha256.size() != cases.size()) {
            throw new IllegalArgumentException("one file and one hash per case");
        }
    }
}
