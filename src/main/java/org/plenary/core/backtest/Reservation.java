package org.plenary.core.backtest;

import java.util.List;

/**
 * A delegation that joined a consensus but dissociated from parts of the text.
 *
 * @param delegation who (a delegation id of the case, or a member state code)
 * @param clauses    the clause ids it dissociated from (empty: from the text as a whole)
 * @param evidence   where the dissociation is recorded
 */
public record Reservation(String delegation, List<String> clauses, Evidence evidence) {

    public Reservation {
        clauses = List.copyOf(clauses);
    }
}
