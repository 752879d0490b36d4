package uk.gov.sli.mou;

import java.math.BigDecimal;

import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;

/** A requested change to one target's quarter; each field is either set (possibly to empty) or kept. */
public record FigureChange(Target target, Quarter quarter, Field<BigDecimal> value, Field<String> commentary,
        Field<Rag> ragOverride, Field<String> ragReason, Field<Long> expectedVersion) {

    public record Field<T>(boolean set, T value) {

        public static <T> Field<T> of(T value) {
            return new Field<>(true, value);
        }

        public static <T> Field<T> keep() {
            return new Field<>(false, null);
        }

        T or(T current) {
            return set ? value : current;
        }
    }
}
