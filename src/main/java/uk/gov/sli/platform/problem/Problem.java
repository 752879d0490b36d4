package uk.gov.sli.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.gov.sli.tables.TableProblem;

/**
 * An RFC 9457 problem document. {@code errorId} ties what a user reports to the log line; {@code current}
 * carries what is stored now when an edit was stale. Nothing here ever carries a stack trace or a class name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String errorId,
        List<TableProblem> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null, null);
    }

    public Problem withErrors(List<TableProblem> errors) {
        return new Problem(type, title, status, detail, instance, errorId, errors, current);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, id, errors, current);
    }

    public Problem withCurrent(Object value) {
        return new Problem(type, title, status, detail, instance, errorId, errors, value);
    }
}
