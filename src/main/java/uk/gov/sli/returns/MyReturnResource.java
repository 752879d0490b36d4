package uk.gov.sli.returns;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.CurrentUser;
import uk.gov.sli.platform.security.Roles;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MyReturnResource {

    @Inject
    ReturnService returns;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/returns")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The signed-in user's open items, overdue first")
    public List<ReturnService.MyItem> mine() {
        return returns.mine(currentUser.name());
    }
}
