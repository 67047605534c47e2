package org.plenary.core.model;

/**
 * A document the scenario's numbers rest on.
 *
 * @param id        identifier that stances cite
 * @param title     document title
 * @param publisher who published it
 * @param date      publication date as written (ISO 8601 preferred)
 * @param url       where to read it (may be empty)
 */
public record Source(String id, String title, String publisher, String date, String url) {
}
