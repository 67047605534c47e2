package org.plenary.core.uncertainty;

/**
 * One uncertain input: a field of a delegation (and clause), of a clause, or of the protocol.
 *
 * @param path         the field path as written in the scenario, e.g. {@code delegations.USA.clauses.binding.position}
 * @param field        which field
 * @param delegationId the delegation, or {@code null} for clause and protocol fields
 * @param clauseId     the clause, or {@code null} for delegation-wide and protocol fields
 * @param distribution how it is drawn
 */
public record UncertainInput(String path, Field field, String delegationId, String clauseId,
                             Distribution distribution) {
}
