package org.plenary.core.explain;

import java.util.List;

import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.Transcript;
import org.plenary.core.model.Scenario;

/**
 * Why one run ended as it did, and what would change it.
 *
 * @param result     the run, with its transcript
 * @param story      the rounds that changed something
 * @param pivots     the delegations whose answers decided it
 * @param flips      the smallest single change of each input that changes the outcome (those that have one)
 * @param closest    the closest text to the final one that every delegation would accept in the last
 *                   round, or null when none exists
 * @param trials     runs played by the flip search
 */
public record Explanation(RunResult result, List<StoryRound> story, List<Pivot> pivots, List<Flip> flips,
                          Draft closest, long trials) {

    public Explanation {
        story = List.copyOf(story);
        pivots = List.copyOf(pivots);
        flips = List.copyOf(flips);
    }

    /**
     * Explains run {@code run} of {@code seed} of {@code scenario} as played with its own values (what
     * {@code plenary run} shows); the flip search covers {@code only} (a delegation id) or everyone (null).
     */
    public static Explanation of(Scenario scenario, long seed, long run, String only) {
        Negotiation g = new Negotiation(scenario);
        RunResult result = Transcript.record(new NegotiationRun(g), seed, run);
        FlipSearch search = new FlipSearch(scenario, seed, run);
        List<Flip> flips = search.search(only);
        Draft closest = result.outcome().adopted() && result.blockers().isEmpty()
                ? null : AcceptableText.closest(g, result.finalText());
        return new Explanation(result, RunStory.of(g, result), Pivots.of(g, result), flips, closest, search.trials());
    }
}
