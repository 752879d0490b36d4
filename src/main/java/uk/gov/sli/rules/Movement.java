package uk.gov.sli.rules;

/**
 * How a target's reported RAG moved since last quarter, in words the overview prints beside the tag ("worse than
 * Q1"). Only colours compare: green is better than amber, amber better than red. A quarter with no figure yet, a
 * narrative target without a status, and Q1 (which has no last quarter) have no movement to show.
 */
public enum Movement {
    BETTER("↑", "better than"), WORSE("↓", "worse than"), SAME("→", "same as"), NONE("", "");

    private final String arrow;
    private final String words;

    Movement(String arrow, String words) {
        this.arrow = arrow;
        this.words = words;
    }

    public String arrow() {
        return arrow;
    }

    /** "worse than Q1"; empty when there is nothing to compare. */
    public String describe(Quarter asAt) {
        return this == NONE || asAt.previous() == null ? "" : words + " " + asAt.previous().name();
    }

    public static Movement between(Rag previous, Rag current) {
        if (previous == null || current == null || rank(previous) < 0 || rank(current) < 0) {
            return NONE;
        }
        int change = Integer.compare(rank(current), rank(previous));
        return change > 0 ? BETTER : change < 0 ? WORSE : SAME;
    }

    private static int rank(Rag rag) {
        return switch (rag) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
            case NOT_REPORTED, NOT_ASSESSED -> -1;
        };
    }
}
