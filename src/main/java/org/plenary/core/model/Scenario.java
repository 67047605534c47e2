package org.plenary.core.model;

import java.util.List;

import org.plenary.core.uncertainty.Uncertainty;

/**
 * A complete negotiation set-up: the clauses of the text, the delegations and the protocol.
 *
 * @param metadata    title, description, sources
 * @param clauses     the clauses in the order of the text
 * @param delegations the delegations in the order of the file (the protocol does not depend on it)
 * @param protocol    protocol settings
 * @param seed        default seed of the random streams
 * @param uncertainty inputs that vary between Monte Carlo runs ({@link Uncertainty#NONE} for none)
 * @param chair       the chair's own preferences, or {@code null} for a neutral chair
 */
public record Scenario(Metadata metadata, List<Clause> clauses, List<Delegation> delegations,
                       Protocol protocol, long seed, Uncertainty uncertainty, ChairPreferences chair) {

    public Scenario {
        clauses = List.copyOf(clauses);
        delegations = List.copyOf(delegations);
        if (uncertainty == null) {
            uncertainty = Uncertainty.NONE;
        }
    }

    /** A scenario with a neutral chair. */
    public Scenario(Metadata metadata, List<Clause> clauses, List<Delegation> delegations, Protocol protocol,
                    long seed, Uncertainty uncertainty) {
        this(metadata, clauses, delegations, protocol, seed, uncertainty, null);
    }

    /** A scenario without uncertain inputs. */
    public Scenario(Metadata metadata, List<Clause> clauses, List<Delegation> delegations, Protocol protocol,
                    long seed) {
        this(metadata, clauses, delegations, protocol, seed, Uncertainty.NONE, null);
    }

    /** A copy with other protocol settings. */
    public Scenario withProtocol(Protocol p) {
        return new Scenario(metadata, clauses, delegations, p, seed, uncertainty, chair);
    }

    /** A copy with other uncertain inputs. */
    public Scenario withUncertainty(Uncertainty u) {
        return new Scenario(metadata, clauses, delegations, protocol, seed, u, chair);
    }

    /** A copy with the delegations in another order (the protocol's results do not depend on it). */
    public Scenario withDelegations(List<Delegation> reordered) {
        return new Scenario(metadata, clauses, reordered, protocol, seed, uncertainty, chair);
    }

    /** A copy with another chair ({@code null}: neutral). */
    public Scenario withChair(ChairPreferences c) {
        return new Scenario(metadata, clauses, delegations, protocol, seed, uncertainty, c);
    }
}
