package uk.gov.sli.rules;

import java.util.Locale;

/** Red/amber/green status, plus the two states in which no colour can honestly be given. */
public enum Rag {
    GREEN("Green"), AMBER("Amber"), RED("Red"), NOT_REPORTED("Not reported"), NOT_ASSESSED("Not assessed");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Where a target with this status comes in a list that puts what needs attention first: red, amber, awaiting
     * its figure, not assessed, then green.
     */
    public int attention() {
        return switch (this) {
            case RED -> 0;
            case AMBER -> 1;
            case NOT_REPORTED -> 2;
            case NOT_ASSESSED -> 3;
            case GREEN -> 4;
        };
    }

    /** An officer's override is a colour; "not reported" and "not assessed" are facts, not judgements. */
    public static Rag parseOverride(String text) {
        String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (normalised) {
            case "GREEN" -> GREEN;
            case "AMBER" -> AMBER;
            case "RED" -> RED;
            default -> throw new InvalidInputException("RAG override must be GREEN, AMBER or RED, not '" + text + "'");
        };
    }
}
