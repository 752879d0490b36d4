package uk.gov.sli.signoff;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.rules.Quarter;
import uk.gov.sli.security.Roles;

@Path("/api/years/{id}/quarters/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
public class SignOffResource {

    public record ReopenInput(String reason) {
    }

    public record LockView(String year, String quarter, String action, String user, OffsetDateTime at, String reason) {
        static LockView of(QuarterLockEvent e) {
            return new LockView(e.yearId, Quarter.of(e.quarter).name(), e.action, e.username, e.at, e.reason);
        }
    }

    @Inject
    QuarterLocks locks;

    @POST
    @Path("/sign-off")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sign off a quarter (admin): its figures and overrides stop changing until reopened")
    public LockView signOff(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        return LockView.of(locks.signOff(id, Quarter.parse(quarter)));
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reopen a signed-off quarter (admin), with a reason")
    public LockView reopen(@PathParam("id") String id, @PathParam("quarter") String quarter, ReopenInput input) {
        return LockView.of(locks.reopen(id, Quarter.parse(quarter), input == null ? null : input.reason()));
    }
}
