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

/**
 * Signing a quarter off (from the return's tracker) and reopening it (a page of its own, linked from the year page,
 * asking for the reason); back to the year page after.
 */
@Path("/")
public class SignOffPages {

    @io.quarkus.qute.CheckedTemplate
    static class Templates {
        static native io.quarkus.qute.TemplateInstance reopen(String year, Quarter quarter, String statement);
    }

    /** The reopening form: why the signed-off quarter must change. */
    @jakarta.ws.rs.GET
    @Path("years/{id}/quarters/{quarter}/reopen")
    @jakarta.ws.rs.Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public io.quarkus.qute.TemplateInstance reopenForm(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        Quarter q = Quarter.parse(quarter);
        return Templates.reopen(id, q, signOff.signedOff(id, q).map(SignedOff::statement).orElse(null));
    }

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
