package dev.plinth.materializer.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two lists of lines ({@code @@ -1,4 +1,5 @@}, then context, {@code -} and
 * {@code +} lines), from a longest common subsequence. Where lines could pair up in several
 * ways, removals come before additions, so the same input always gives the same diff.
 */
final class LineDiff {
    /** Beyond this many table cells (both sides' changed middles multiplied) the diff is "all removed, all added". */
    private static final long MAX_CELLS = 4_000_000L;

    private enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    private record Edit(Kind kind, String line) {}

    private LineDiff() {}

    static List<String> unified(List<String> before, List<String> after, int context) {
        List<Edit> edits = edits(before, after);
        List<String> out = new ArrayList<>();
        int stop = 0;
        for (int change = nextChange(edits, 0); change < edits.size(); change = nextChange(edits, stop)) {
            int start = Math.max(stop, change - context);
            int end = change;
            while (true) {
                while (end + 1 < edits.size() && edits.get(end + 1).kind() != Kind.SAME) {
                    end++;
                }
                int next = nextChange(edits, end + 1);
                // Changes whose contexts would touch share one hunk.
                if (next == edits.size() || next - end - 1 > 2 * context) {
                    break;
                }
                end = next;
            }
            stop = Math.min(edits.size(), end + 1 + context);
            out.addAll(hunk(edits, start, stop));
        }
        return out;
    }

    private static List<String> hunk(List<Edit> all, int start, int stop) {
        int oldBefore = count(all.subList(0, start), Kind.ADDED);
        int newBefore = count(all.subList(0, start), Kind.REMOVED);
        List<Edit> edits = all.subList(start, stop);
        int oldCount = count(edits, Kind.ADDED);
        int newCount = count(edits, Kind.REMOVED);
        List<String> lines = new ArrayList<>();
        // An empty side is numbered by the line before it, as diff -u does (-0,0 for nothing at all).
        lines.add("@@ -" + (oldCount == 0 ? oldBefore : oldBefore + 1) + "," + oldCount + " +"
                + (newCount == 0 ? newBefore : newBefore + 1) + "," + newCount + " @@");
        for (Edit edit : edits) {
            lines.add((edit.kind() == Kind.SAME ? " " : edit.kind() == Kind.REMOVED ? "-" : "+") + edit.line());
        }
        return lines;
    }

    /** Lines of one side: every edit but those of the other side's kind. */
    private static int count(List<Edit> edits, Kind otherSide) {
        return (int) edits.stream().filter(e -> e.kind() != otherSide).count();
    }

    private static int nextChange(List<Edit> edits, int from) {
        int i = from;
        while (i < edits.size() && edits.get(i).kind() == Kind.SAME) {
            i++;
        }
        return i;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        a.subList(0, prefix).forEach(line -> edits.add(new Edit(Kind.SAME, line)));
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), edits);
        a.subList(a.size() - suffix, a.size()).forEach(line -> edits.add(new Edit(Kind.SAME, line)));
        return edits;
    }

    private static void middle(List<String> a, List<String> b, List<Edit> edits) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(line -> edits.add(new Edit(Kind.REMOVED, line)));
            b.forEach(line -> edits.add(new Edit(Kind.ADDED, line)));
            return;
        }
        // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Kind.SAME, a.get(i++)));
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new Edit(Kind.REMOVED, a.get(i++)));
            } else {
                edits.add(new Edit(Kind.ADDED, b.get(j++)));
            }
        }
    }
}
