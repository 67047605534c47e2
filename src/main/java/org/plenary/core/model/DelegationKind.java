package org.plenary.core.model;

/** What a delegation is: a member state, a bloc of states speaking as one, or an observer without a say. */
public enum DelegationKind {
    STATE, BLOC, OBSERVER;

    /** Whether delegations of this kind accept or object to drafts (observers do not). */
    public boolean negotiates() {
        return this != OBSERVER;
    }
}
