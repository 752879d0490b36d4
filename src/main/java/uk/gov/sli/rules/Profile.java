package uk.gov.sli.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The share of the annual target expected by the end of each quarter: four whole percentages,
 * non-decreasing, ending at 100.
 */
public record Profile(List<Integer> percents) {

    public static final Profile DEFAULT = new Profile(List.of(25, 50, 75, 100));
    private static final String FORM = "four whole percentages like 25/50/75/100, non-decreasing and ending at 100";

    public Profile {
        if (percents == null || percents.size() != 4) {
            throw new InvalidInputException("profile must be " + FORM);
        }
        percents = List.copyOf(percents);
        int previous = 0;
        for (int p : percents) {
            if (p < 0 || p > 100) {
                throw new InvalidInputException("profile percentages must be 0 to 100, was " + p);
            }
            if (p < previous) {
                throw new InvalidInputException("profile must not decrease from one quarter to the next: " + join(percents));
            }
            previous = p;
        }
        if (percents.get(3) != 100) {
            throw new InvalidInputException("profile must end at 100 by Q4: " + join(percents));
        }
    }

    /** Parses "10/30/60/100"; blank means the default profile. */
    public static Profile parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 4) {
            throw new InvalidInputException("profile must be " + FORM + ", was '" + text + "'");
        }
        try {
            return new Profile(List.of(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[3].trim())));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("profile must be " + FORM + ", was '" + text + "'");
        }
    }

    public int percentAt(Quarter quarter) {
        return percents.get(quarter.number() - 1);
    }

    @Override
    public String toString() {
        return join(percents);
    }

    private static String join(List<Integer> percents) {
        return percents.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
