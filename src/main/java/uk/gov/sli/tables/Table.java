package uk.gov.sli.tables;

import java.util.List;

/** An imported file as a lower-case header and rows, whatever its format. */
public record Table(List<String> header, List<Row> rows) {
}
