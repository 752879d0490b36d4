package uk.gov.sli.finance;

import java.util.Locale;

/** The three blocks of the management accounts, each with its computed total. */
public enum FinanceSection {
    CORE_INCOME("Core income", "Total core income"),
    CORE_EXPENDITURE("Core expenditure", "Total core expenditure"),
    RING_FENCED("Ring-fenced", "Net ring-fenced position");

    private final String label;
    private final String totalLabel;

    FinanceSection(String label, String totalLabel) {
        this.label = label;
        this.totalLabel = totalLabel;
    }

    public String label() {
        return label;
    }

    public String totalLabel() {
        return totalLabel;
    }

    /** Accepts "Core income", "core_income" or "CORE_INCOME". */
    public static FinanceSection parse(String text) {
        String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (FinanceSection s : values()) {
            if (s.name().equals(normalised)) {
                return s;
            }
        }
        throw new uk.gov.sli.rules.InvalidInputException("section must be Core income, Core expenditure or Ring-fenced, not '" + text + "'");
    }
}
