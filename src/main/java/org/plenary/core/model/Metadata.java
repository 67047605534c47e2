package org.plenary.core.model;

import java.util.List;

/**
 * What a scenario is about and where its numbers come from.
 *
 * @param title       scenario title
 * @param description a paragraph for the reader
 * @param date        the date the scenario describes
 * @param sources     documents cited by stances
 */
public record Metadata(String title, String description, String date, List<Source> sources) {

    public Metadata {
        sources = List.copyOf(sources);
    }
}
