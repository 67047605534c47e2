package org.plenary.core.model;

/**
 * A label attached to a point of a clause's 0–100 position scale, e.g. 0 = "voluntary principles only".
 *
 * @param at    the point on the scale, 0–100
 * @param label the words a student reads for that point
 */
public record ScaleLabel(double at, String label) {
}
