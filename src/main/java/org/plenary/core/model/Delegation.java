package org.plenary.core.model;

import java.util.List;
import java.util.Map;

/**
 * A negotiating actor: a state, a bloc of states, or an observer.
 *
 * <p>A bloc's {@code votes} are the votes of its members that are not delegations of the
 * scenario themselves; members that are delegations cast their own votes but follow the bloc
 * with probability {@code cohesion}.
 *
 * @param id         short code such as {@code USA} or {@code G77}
 * @param name       full name
 * @param kind       state, bloc or observer
 * @param influence  capability and clout, &gt; 0; the weight w_i of the protocol
 * @param votes      votes it casts in a vote (0 for observers)
 * @param members    member state codes of a bloc (empty otherwise)
 * @param cohesion   probability 0–1 that a member votes with the bloc
 * @param concession concession exponent β &gt; 0 (β &lt; 1 hard-line, 1 linear, &gt; 1 conceder)
 * @param stances    preferences per clause id; a clause without a stance has salience 0
 * @param callsVotes its end game under a forum with votes: when it would be outvoted on a text a vote
 *                   would adopt, it calls a recorded vote (true) rather than join with reservations
 */
public record Delegation(String id, String name, DelegationKind kind, double influence, int votes,
                         List<String> members, double cohesion, double concession,
                         Map<String, Stance> stances, boolean callsVotes) {

    public Delegation {
        members = List.copyOf(members);
        stances = Map.copyOf(stances);
    }

    /** A delegation that joins with reservations rather than call a vote. */
    public Delegation(String id, String name, DelegationKind kind, double influence, int votes, List<String> members,
                      double cohesion, double concession, Map<String, Stance> stances) {
        this(id, name, kind, influence, votes, members, cohesion, concession, stances, false);
    }

    /** A copy with another end-game disposition. */
    public Delegation withCallsVotes(boolean calls) {
        return new Delegation(id, name, kind, influence, votes, members, cohesion, concession, stances, calls);
    }

    /** The stance on {@code clauseId}, or {@code null} when the delegation has none. */
    public Stance stance(String clauseId) {
        return stances.get(clauseId);
    }
}
