package uk.gov.sli.rules;

import java.util.ArrayList;
import java.util.List;

/** Rule 7: key targets counted by reported RAG, and the sentence the board report opens with. */
public record KeyTargetSummary(int keyTargets, int green, int amber, int red, int notReported, int notAssessed,
        int metOrExceeded) {

    /** What the summary needs from each target. */
    public record SummaryInput(boolean key, Rag rag, Integer percentAchieved) {
    }

    public static KeyTargetSummary of(List<SummaryInput> rows) {
        int key = 0, green = 0, amber = 0, red = 0, notReported = 0, notAssessed = 0, met = 0;
        for (SummaryInput row : rows) {
            if (!row.key()) {
                continue;
            }
            key++;
            switch (row.rag()) {
                case GREEN -> green++;
                case AMBER -> amber++;
                case RED -> red++;
                case NOT_REPORTED -> notReported++;
                case NOT_ASSESSED -> notAssessed++;
            }
            if (DeliverableRules.metOrExceeded(row.percentAchieved())) {
                met++;
            }
        }
        return new KeyTargetSummary(key, green, amber, red, notReported, notAssessed, met);
    }

    /**
     * The board's wording, e.g. "Of the 26 key targets, 15 are rag-rated green and the remaining 11 are amber."
     * At Q4 it adds how many were met or exceeded.
     */
    public String sentence(Quarter asAt) {
        if (keyTargets == 0) {
            return "There are no key targets.";
        }
        List<String> parts = new ArrayList<>();
        if (green > 0) {
            parts.add(count(green) + " rag-rated green");
        }
        if (amber > 0) {
            parts.add(count(amber) + " amber");
        }
        if (red > 0) {
            parts.add(count(red) + " red");
        }
        if (notReported > 0) {
            parts.add(notReported == 1 ? "1 is awaiting its " + asAt + " figure"
                    : notReported + " are awaiting their " + asAt + " figures");
        }
        if (notAssessed > 0) {
            parts.add(count(notAssessed) + " not assessed");
        }
        StringBuilder sentence = new StringBuilder("Of the ").append(keyTargets)
                .append(keyTargets == 1 ? " key target, " : " key targets, ");
        if (parts.size() == 1) {
            sentence.append(keyTargets == 1 ? "it is " : "all " + keyTargets + " are ")
                    .append(parts.get(0).replaceFirst("^\\d+ (is|are) ", ""));
        } else {
            sentence.append(String.join(", ", parts.subList(0, parts.size() - 1)))
                    .append(" and the remaining ").append(parts.get(parts.size() - 1));
        }
        sentence.append('.');
        if (asAt == Quarter.Q4) {
            sentence.append(' ').append(metOrExceeded).append(" of ").append(keyTargets)
                    .append(keyTargets == 1 ? " target" : " targets").append(" met or exceeded.");
        }
        return sentence.toString();
    }

    private static String count(int n) {
        return n + (n == 1 ? " is" : " are");
    }
}
