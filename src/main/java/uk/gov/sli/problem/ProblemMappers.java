package uk.gov.sli.problem;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.gov.sli.importing.ImportProblem;
import uk.gov.sli.importing.ImportRejectedException;

/** Turns failures into problem+json: a clear message for the caller, the details only in the log. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response importRejected(ImportRejectedException e, UriInfo uri) {
        return respond(Problem.of(400, "The file was not imported", e.getMessage(), uri.getPath())
                .withErrors(e.problems()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<ImportProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new ImportProblem(0, lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(Problem.of(400, "Invalid request", "The request has invalid fields", uri.getPath())
                .withErrors(errors));
    }

    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e, UriInfo uri) {
        return respond(Problem.of(400, "Invalid request", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        return respond(Problem.of(status, title, e.getMessage(), uri.getPath()), e.getResponse());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(Problem.of(500, "Something went wrong",
                "The service could not complete the request. Quote error id " + errorId + " when reporting it.",
                uri.getPath()).withErrorId(errorId));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response respond(Problem problem, Response original) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
