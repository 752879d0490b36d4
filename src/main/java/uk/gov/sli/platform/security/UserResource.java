package uk.gov.sli.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    public record UserInput(String password, String role) {
    }

    public record UserView(String username, String role) {
    }

    @Inject
    UserService users;

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or update a user (admin)", description = "role: viewer, editor or admin; password at least 10 characters, stored as a bcrypt hash")
    public Response put(@PathParam("username") String username, UserInput input) {
        if (input == null) {
            throw new uk.gov.sli.rules.InvalidInputException("a JSON body with password and role is required");
        }
        boolean created = users.save(username, input.password(), input.role());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(new UserView(username, input.role())).build();
    }
}
