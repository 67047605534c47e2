package org.plenary.core.model;

import java.util.List;

/**
 * A complete negotiation set-up: the clauses of the text, the delegations and the protocol.
 *
 * @param metadata    title, description, sources
 * @param clauses     the clauses in the order of the text
 * @param delegations the delegations in the order of the file (the protocol does not depend on it)
 * @param protocol    protocol settings
 * @param seed        default seed of the random streams
 */
public record Scenario(Metadata metadata, List<Clause> clauses, List<Delegation> delegations,
                       Protocol protocol, long seed) {

    public Scenario {
        clauses = List.copyOf(clauses);
        delegations = List.copyOf(delegations);
    }

    /** A copy with other protocol settings. */
    public Scenario withProtocol(Protocol p) {
        return new Scenario(metadata, clauses, delegations, p, seed);
    }
}
