package uk.gov.sli.signoff;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Quarter;

/** The year page's sign-off and reopen buttons (forms with CSRF tokens); back to the year page after. */
@Path("/")
public class SignOffPages {

    @Inject
    SignOffService signOff;

    @POST
    @Path("years/{id}/quarters/{quarter}/sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response signOff(@PathParam("id") String id, @PathParam("quarter") String quarter,
            @RestForm("confirm_unaccepted") String confirm) {
        Quarter q = Quarter.parse(quarter);
        signOff.signOff(id, q, confirm != null && !confirm.isBlank());
        return Response.seeOther(URI.create("/years/" + id + "?quarter=" + q)).build();
    }

    @POST
    @Path("years/{id}/quarters/{quarter}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reopen(@PathParam("id") String id, @PathParam("quarter") String quarter, @RestForm String reason) {
        Quarter q = Quarter.parse(quarter);
        signOff.reopen(id, q, reason);
        return Response.seeOther(URI.create("/years/" + id + "?quarter=" + q)).build();
    }
}
