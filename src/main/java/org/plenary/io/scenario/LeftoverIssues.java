package org.plenary.io.scenario;

import org.plenary.io.scenario.SourceNode.Entry;
import org.plenary.io.scenario.SourceNode.ListNode;
import org.plenary.io.scenario.SourceNode.MapNode;

/**
 * Reports the parse problems kept in the tree (forbidden tags, duplicate keys) that the binder
 * did not meet because they sit where it does not look, e.g. under an unknown field. Nothing in
 * a file goes unreported; these get positional paths, as there may be no id to name them by.
 */
final class LeftoverIssues {

    private final Problems problems;

    LeftoverIssues(Problems problems) {
        this.problems = problems;
    }

    void report(SourceNode root) {
        walk(root, ProblemPath.ROOT);
    }

    private void walk(SourceNode node, String path) {
        if (node instanceof MapNode m) {
            FieldReader.reportDuplicates(m, path, problems);
            for (Entry e : m.entries()) {
                walk(e.value(), ProblemPath.child(path, e.key()));
            }
            for (Entry e : m.duplicates()) {
                walk(e.value(), ProblemPath.child(path, e.key()));
            }
        } else if (node instanceof ListNode l) {
            for (int i = 0; i < l.items().size(); i++) {
                walk(l.items().get(i), ProblemPath.index(path, i));
            }
        } else {
            Expect.rejected(node, path, problems);
        }
    }
}
