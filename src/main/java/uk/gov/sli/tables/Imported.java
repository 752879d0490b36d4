package uk.gov.sli.tables;

/** What a successful import answers: how many rows it stored. */
public record Imported(int imported) {
}
