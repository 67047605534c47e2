package org.plenary.io.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Collects the problems of one file so that all of them can be reported at once. */
public final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private final Set<Object> reported = Collections.newSetFromMap(new IdentityHashMap<>());

    public Problems(String file) {
        this.file = file;
    }

    public void error(Mark at, String path, String message) {
        list.add(new Problem(file, at.line(), at.column(), path, message, Problem.Severity.ERROR));
    }

    public void warning(Mark at, String path, String message) {
        list.add(new Problem(file, at.line(), at.column(), path, message, Problem.Severity.WARNING));
    }

    /**
     * Whether {@code node}'s own parse problem (a forbidden tag, duplicate keys) has not been
     * reported yet; records that it now is. By identity: equal-looking nodes elsewhere are different places.
     */
    boolean firstReport(Object node) {
        return reported.add(node);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** Number of errors so far; callers compare counts to know whether a part was read cleanly. */
    public int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    /** All problems sorted by line, then column; problems at the same place keep the order found. */
    public List<Problem> sorted() {
        return list.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }
}
