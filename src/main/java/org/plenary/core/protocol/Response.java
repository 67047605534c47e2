package org.plenary.core.protocol;

import java.util.List;

/**
 * One delegation's answer in one round, as the transcript shows it.
 *
 * @param delegationId      who answered
 * @param kind              accept, object or refuse
 * @param utility           U_i of the draft
 * @param aspiration        a_i(t)
 * @param redLinesCrossed   ids of the clauses whose red line the draft crosses
 * @param amendments        amendments tabled, the most costly first (empty when accepting)
 */
public record Response(String delegationId, ResponseKind kind, double utility, double aspiration,
                       List<String> redLinesCrossed, List<Amendment> amendments) {

    public Response {
        redLinesCrossed = List.copyOf(redLinesCrossed);
        amendments = List.copyOf(amendments);
    }
}
