package uk.gov.sli.platform.security;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.rules.InvalidInputException;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    public record UserInput(String password, String role, String email) {
    }

    public record UserView(String username, String role, String email) {
    }

    @Inject
    UserService users;

    @Inject
    SecurityEvents events;

    @PUT
    @Path("/users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a user (admin)", description = "role: viewer, editor or admin; password "
            + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters, not a common one (required for a new user); "
            + "optional email. A password or role change ends the user's sessions everywhere. The last admin cannot be demoted.")
    public Response put(@PathParam("username") String username, UserInput input) {
        if (input == null) {
            throw new InvalidInputException("a JSON body with password and role is required");
        }
        boolean created = users.save(username, input.password(), input.role(), input.email());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(new UserView(username, input.role(), input.email())).build();
    }

    @DELETE
    @Path("/users/{username}")
    @Operation(summary = "Delete a user (admin); the last admin cannot be deleted")
    public Response delete(@PathParam("username") String username) {
        users.delete(username);
        return Response.noContent().build();
    }

    @POST
    @Path("/users/{username}/sign-out-everywhere")
    @Operation(summary = "End every session of a user, on every instance (admin)")
    public Response signOutEverywhere(@PathParam("username") String username) {
        users.signOutEverywhere(username, SecurityEvent.Type.SIGNED_OUT_EVERYWHERE, null);
        return Response.noContent().build();
    }

    @GET
    @Path("/security-events")
    @Operation(summary = "Sign-ins, failed sign-ins, lockouts, sign-outs and changes to users, oldest first (admin)",
            description = "since: an ISO date-time such as 2026-11-25T08:00:00Z")
    public List<SecurityEvent> securityEvents(@QueryParam("since") String since) {
        return events.since(parse(since));
    }

    private static OffsetDateTime parse(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(since.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("since", "since must be a date and time such as 2026-11-25T08:00:00Z");
        }
    }
}
