package uk.gov.sli.rules;

import java.util.Collection;

/** Targets counted by reported RAG: the overview's tiles and each cell of its theme-by-status matrix. */
public record StatusCounts(int red, int amber, int green, int awaiting, int notAssessed) {

    public static StatusCounts of(Collection<Rag> rags) {
        int red = 0, amber = 0, green = 0, awaiting = 0, notAssessed = 0;
        for (Rag rag : rags) {
            switch (rag) {
                case RED -> red++;
                case AMBER -> amber++;
                case GREEN -> green++;
                case NOT_REPORTED -> awaiting++;
                case NOT_ASSESSED -> notAssessed++;
            }
        }
        return new StatusCounts(red, amber, green, awaiting, notAssessed);
    }

    public int total() {
        return red + amber + green + awaiting + notAssessed;
    }

    /** The count for one status, in the overview's order (red, amber, awaiting, not assessed, green). */
    public int of(Rag rag) {
        return switch (rag) {
            case RED -> red;
            case AMBER -> amber;
            case GREEN -> green;
            case NOT_REPORTED -> awaiting;
            case NOT_ASSESSED -> notAssessed;
        };
    }
}
