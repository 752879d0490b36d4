package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.sli.rules.ReturnRules.Due;
import uk.gov.sli.rules.ReturnRules.Kind;
import uk.gov.sli.rules.ReturnRules.State;

class ReturnRulesTest {

    static final LocalDate DUE = LocalDate.of(2016, 1, 8);

    @Test
    void anItemGoesFromDraftToSubmittedToAcceptedOrBackToItsOwner() {
        assertEquals(State.DRAFT, ReturnRules.afterEdit(State.NOT_STARTED));
        assertEquals(State.SUBMITTED, ReturnRules.submit(State.DRAFT));
        assertEquals(State.ACCEPTED, ReturnRules.accept(State.SUBMITTED));
        assertEquals(State.RETURNED, ReturnRules.sendBack(State.SUBMITTED, "Q2 figure looks like a typo"));
        assertEquals(State.DRAFT, ReturnRules.afterEdit(State.RETURNED));
        assertEquals(State.DRAFT, ReturnRules.afterEdit(State.ACCEPTED), "an accepted figure edited needs review again");
        assertEquals(State.SUBMITTED, ReturnRules.afterEdit(State.SUBMITTED));
    }

    @Test
    void reviewNeedsASubmittedItemAndAReturnNeedsAComment() {
        assertThrows(ConflictException.class, () -> ReturnRules.accept(State.DRAFT));
        assertThrows(ConflictException.class, () -> ReturnRules.submit(State.ACCEPTED));
        assertThrows(InvalidInputException.class, () -> ReturnRules.sendBack(State.SUBMITTED, " "));
    }

    @Test
    void remindersFallThreeDaysBeforeTheDayAfterAndWeeklyAfter() {
        assertEquals(List.of(), ReturnRules.scheduledOn(DUE, DUE.minusDays(4)));
        assertEquals(List.of(new Due(Kind.DUE_SOON, DUE.minusDays(3))), ReturnRules.scheduledOn(DUE, DUE.minusDays(3)));
        assertEquals(List.of(new Due(Kind.DUE_SOON, DUE.minusDays(3))), ReturnRules.scheduledOn(DUE, DUE));
        assertEquals(List.of(new Due(Kind.OVERDUE, DUE.plusDays(1))), ReturnRules.scheduledOn(DUE, DUE.plusDays(1)));
        assertEquals(List.of(new Due(Kind.OVERDUE, DUE.plusDays(1))), ReturnRules.scheduledOn(DUE, DUE.plusDays(7)));
        assertEquals(List.of(new Due(Kind.OVERDUE, DUE.plusDays(8))), ReturnRules.scheduledOn(DUE, DUE.plusDays(8)));
        assertTrue(ReturnRules.overdue(State.DRAFT, DUE, DUE.plusDays(1)));
        assertTrue(!ReturnRules.overdue(State.SUBMITTED, DUE, DUE.plusDays(1)));
    }
}
