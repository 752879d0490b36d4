package uk.gov.sli.platform.problem;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.tables.TableProblem;
import uk.gov.sli.rules.ConflictException;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.tables.TableRejectedException;

/**
 * Turns failures into a clear answer: problem+json for the API, an error page for people. The details of
 * unexpected failures go only to the log, under an error id the answer quotes.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    /** Bad input, the caller's to fix: 400 with the message, and every bad line of a rejected file. */
    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof TableRejectedException rejected) {
            return respond(Problem.of(400, "The file was not imported", e.getMessage(), uri.getPath())
                    .withErrors(rejected.problems()), headers);
        }
        Problem problem = Problem.of(400, "Invalid request", e.getMessage(), uri.getPath());
        return respond(e.field() == null ? problem : problem.withErrors(List.of(new TableProblem(0, e.field(), e.getMessage()))),
                headers);
    }

    /** A change refused because of the state it would change: 409, with what is stored now when there is one. */
    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri, HttpHeaders headers) {
        return respond(Problem.of(409, "Conflict", e.getMessage(), uri.getPath()).withCurrent(e.current()), headers);
    }

    @ServerExceptionMapper
    public Response busy(BusyException e, UriInfo uri, HttpHeaders headers) {
        Response response = respond(Problem.of(503, "Busy", e.getMessage(), uri.getPath()), headers);
        return Response.fromResponse(response).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e, UriInfo uri, HttpHeaders headers) {
        return respond(Problem.of(422, "Too large", e.getMessage(), uri.getPath()), headers);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentWrite(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(Problem.of(409, "Changed by someone else",
                "Someone else saved a change to the same figure at the same moment; nothing was saved. Reload and try again.",
                uri.getPath()), headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        // Quarkus's own words for an unmatched route ("Unable to find matching target resource method") mean
        // nothing to a reader; a 404 the service raises itself names what is missing.
        String detail = status == 404 && (e.getMessage() == null || e.getMessage().startsWith("HTTP 404")
                || e.getMessage().startsWith("Unable to find matching"))
                ? "There is nothing at " + uri.getPath() + "."
                : e.getMessage();
        return respond(Problem.of(status, title, detail, uri.getPath()), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("Database unreachable on %s: %s", loggable(uri.getPath()), loggable(e.getMessage()));
            Response response = respond(Problem.of(503, "Service unavailable", DatabaseOutage.DETAIL, uri.getPath()), headers);
            return Response.fromResponse(response).header("Retry-After", "30").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, loggable(uri.getPath()));
        return respond(Problem.of(500, "Something went wrong",
                "The service could not complete the request. Quote error id " + errorId + " when reporting it.",
                uri.getPath()).withErrorId(errorId), headers);
    }

    private static Response respond(Problem problem, HttpHeaders headers) {
        if (wantsPage(problem.instance(), headers)) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.error(problem).render()).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** People's pages get a page; the API, and anything not asking for HTML, gets problem+json. */
    private static boolean wantsPage(String path, HttpHeaders headers) {
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !m.isWildcardType());
    }

    /** Control characters escaped, so nothing a caller sends can forge a log line. */
    static String loggable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
