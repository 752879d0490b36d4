package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.Objects;

import uk.gov.sli.rules.Overrides;
import uk.gov.sli.rules.Rag;

/**
 * What one target's quarter holds: the figure, its commentary and the officer's RAG override with its reason. The one
 * rule for applying a change to it lives here, whether the figure is an entity (a form or the API) or a row (an
 * import).
 */
record FigureState(BigDecimal value, String commentary, Rag ragOverride, String ragReason) {

    /** A quarter nothing has been reported for. */
    static final FigureState NONE = new FigureState(null, null, null, null);

    static FigureState of(QuarterlyFigure figure) {
        return new FigureState(figure.value, figure.commentary, figure.ragOverride, figure.ragReason);
    }

    /** This state with the fields a change sets; a reason is kept only beside an override (rule 5). */
    FigureState with(FigureChange.Field<BigDecimal> value, FigureChange.Field<String> commentary,
            FigureChange.Field<Rag> ragOverride, FigureChange.Field<String> ragReason) {
        Rag override = ragOverride.or(this.ragOverride);
        return new FigureState(value.or(this.value), commentary.or(this.commentary), override,
                Overrides.reasonFor(override, ragReason.or(this.ragReason)));
    }

    /** True when the figure, its commentary or its override differ: what makes a return item a draft again. */
    boolean reportsDifferentlyFrom(FigureState other) {
        return !sameNumber(value, other.value) || !Objects.equals(commentary, other.commentary)
                || ragOverride != other.ragOverride;
    }

    /** True when anything stored differs, the override's reason included: what makes a new revision. */
    boolean differsFrom(FigureState other) {
        return reportsDifferentlyFrom(other) || !Objects.equals(ragReason, other.ragReason);
    }

    void copyTo(QuarterlyFigure figure) {
        figure.value = value;
        figure.commentary = commentary;
        figure.ragOverride = ragOverride;
        figure.ragReason = ragReason;
    }

    /** 2 and 2.00 are the same figure. */
    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
