package uk.gov.sli.rules;

import java.util.Locale;

/** How quarterly values make a total: added up, or the latest one standing for the year so far. */
public enum Measure {
    CUMULATIVE, SNAPSHOT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure parse(String text) {
        String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Measure m : values()) {
            if (m.name().equals(normalised)) {
                return m;
            }
        }
        throw new InvalidInputException("measure must be cumulative or snapshot, not '" + text + "'");
    }
}
