package org.plenary.engine.jade;

/**
 * A delegation agent died or did not answer within the bounded number of waits: the run cannot
 * finish. Names the delegation.
 */
public final class DelegationLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String delegationId;

    /** Delegation {@code delegationId} was lost for {@code reason}. */
    public DelegationLostException(String delegationId, String reason) {
        super("delegation " + delegationId + " " + reason);
        this.delegationId = delegationId;
    }

    /** The id of the delegation that was lost. */
    public String delegationId() {
        return delegationId;
    }
}
