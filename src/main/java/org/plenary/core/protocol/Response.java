package org.plenary.core.protocol;

import java.util.List;

/**
 * One delegation's answer in one round, as the transcript shows it.
 *
 * @param delegationId      who answered
 * @param kind              accept, object, refuse, reserve or call-vote
 * @param utility           U_i of the draft
 * @param aspiration        a_i(t)
 * @param redLinesCrossed   ids of the clauses whose red line the draft crosses
 * @param amendments        amendments tabled, the most costly first (empty unless objecting or refusing)
 * @param ballot            how it would vote on the draft (general-assembly forum), else {@code null}
 * @param reservations      the clauses it dissociates itself from (when reserving), else empty
 */
public record Response(String delegationId, ResponseKind kind, double utility, double aspiration,
                       List<String> redLinesCrossed, List<Amendment> amendments, Vote ballot,
                       List<String> reservations) {

    public Response {
        redLinesCrossed = List.copyOf(redLinesCrossed);
        amendments = List.copyOf(amendments);
        reservations = List.copyOf(reservations);
    }

    /** An answer of the first protocol (no ballot, no reservations). */
    public Response(String delegationId, ResponseKind kind, double utility, double aspiration,
                    List<String> redLinesCrossed, List<Amendment> amendments) {
        this(delegationId, kind, utility, aspiration, redLinesCrossed, amendments, null, List.of());
    }
}
