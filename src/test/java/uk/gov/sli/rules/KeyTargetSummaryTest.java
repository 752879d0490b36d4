package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.sli.rules.KeyTargetSummary.SummaryInput;

class KeyTargetSummaryTest {

    @Test
    void theSourceDocumentsSummaryAtQ2() {
        List<SummaryInput> rows = new ArrayList<>();
        repeat(rows, 15, new SummaryInput(true, Rag.GREEN, 100));
        repeat(rows, 11, new SummaryInput(true, Rag.AMBER, 50));
        rows.add(new SummaryInput(false, Rag.RED, 10));
        KeyTargetSummary summary = KeyTargetSummary.of(rows);
        assertEquals(new KeyTargetSummary(26, 15, 11, 0, 0, 0, 15), summary);
        assertEquals("Of the 26 key targets, 15 are rag-rated green and the remaining 11 are amber.",
                summary.sentence(Quarter.Q2));
    }

    @Test
    void redIsNamedWhenThereIsRed() {
        List<SummaryInput> rows = new ArrayList<>();
        repeat(rows, 20, new SummaryInput(true, Rag.GREEN, 100));
        repeat(rows, 5, new SummaryInput(true, Rag.AMBER, 80));
        rows.add(new SummaryInput(true, Rag.RED, 20));
        assertEquals("Of the 26 key targets, 20 are rag-rated green, 5 are amber and the remaining 1 is red.",
                KeyTargetSummary.of(rows).sentence(Quarter.Q2));
    }

    @Test
    void oneColourForAll() {
        List<SummaryInput> rows = new ArrayList<>();
        repeat(rows, 3, new SummaryInput(true, Rag.GREEN, 100));
        assertEquals("Of the 3 key targets, all 3 are rag-rated green.", KeyTargetSummary.of(rows).sentence(Quarter.Q1));
    }

    @Test
    void atYearEndItSaysHowManyWereMetOrExceeded() {
        List<SummaryInput> rows = new ArrayList<>();
        repeat(rows, 48, new SummaryInput(true, Rag.GREEN, 104));
        repeat(rows, 2, new SummaryInput(true, Rag.AMBER, 99));
        KeyTargetSummary summary = KeyTargetSummary.of(rows);
        assertEquals(48, summary.metOrExceeded());
        assertEquals("Of the 50 key targets, 48 are rag-rated green and the remaining 2 are amber. 48 of 50 targets met or exceeded.",
                summary.sentence(Quarter.Q4));
    }

    @Test
    void unreportedAndUnassessedAreCountedApart() {
        KeyTargetSummary summary = KeyTargetSummary.of(List.of(new SummaryInput(true, Rag.NOT_REPORTED, null),
                new SummaryInput(true, Rag.NOT_ASSESSED, null), new SummaryInput(true, Rag.GREEN, 100)));
        assertEquals(new KeyTargetSummary(3, 1, 0, 0, 1, 1, 1), summary);
        assertEquals("Of the 3 key targets, 1 is rag-rated green, 1 is awaiting its Q2 figure and the remaining 1 is not assessed.",
                summary.sentence(Quarter.Q2));
    }

    private static void repeat(List<SummaryInput> rows, int times, SummaryInput row) {
        for (int i = 0; i < times; i++) {
            rows.add(row);
        }
    }
}
