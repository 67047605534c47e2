/**
 * Why a run ended as it did and what would change it: the story of the chair's moves with each
 * objector's share, the pivotal delegations, the smallest single change of an input that flips the
 * outcome, and the closest text every delegation would accept. Pure: built on the protocol's own
 * compiled negotiation and run state, no files or terminal.
 */
package org.plenary.core.explain;
