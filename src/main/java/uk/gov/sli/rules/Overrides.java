package uk.gov.sli.rules;

/** Rule 5: an officer's RAG override always comes with its reason; without an override no reason is kept. */
public final class Overrides {

    private Overrides() {
    }

    /** The reason to keep with this override: required (and trimmed) when there is one, none when there is not. */
    public static String reasonFor(Rag override, String reason) {
        if (override == null) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("rag_reason", "a reason is required when the RAG status is overridden");
        }
        return reason.trim();
    }
}
