package org.plenary.io.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** "Did you mean" for misspelt field names, clause ids, source ids and state codes. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code typed} by edit distance, if it is close enough to be a
     * plausible typo: at most a third of the typed length (at least 1, at most 3 edits), so that
     * short codes do not draw unrelated suggestions. A candidate that differs only in case wins;
     * otherwise case differences count as half an edit.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        for (String c : candidates) {
            if (c.equalsIgnoreCase(typed) && !c.equals(typed)) {
                return Optional.of(c);
            }
        }
        int limit = Math.max(1, Math.min(3, typed.length() / 3));
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (String c : candidates) {
            double d = distance(typed, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= limit && !best.equals(typed) ? Optional.of(best) : Optional.empty();
    }

    /**
     * "no such file", with the closest name among the files of its folder when one is a plausible
     * typo: "no such file; did you mean 'classroom-3.yaml'?".
     */
    public static String noSuchFile(java.nio.file.Path file) {
        java.nio.file.Path name = file.getFileName();
        java.nio.file.Path folder = file.toAbsolutePath().getParent();
        if (name == null || folder == null || !java.nio.file.Files.isDirectory(folder)) {
            return "no such file";
        }
        List<String> siblings = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(folder)) {
            list.limit(10_000).forEach(p -> siblings.add(p.getFileName().toString()));
        } catch (java.io.IOException | SecurityException e) {
            return "no such file";
        }
        return "no such file" + closest(name.toString(), siblings).map(x -> "; did you mean " + Quote.name(x) + "?")
                .orElse("");
    }

    /** " did you mean 'x'?" or the empty string. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(s -> " did you mean " + Quote.name(s) + "?").orElse("");
    }

    /** Levenshtein distance where substituting a letter by the same letter in other case costs 0.5. */
    public static double distance(String a, String b) {
        double[] prev = new double[b.length() + 1];
        double[] cur = new double[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? 0.5 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + sub);
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
