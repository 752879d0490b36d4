package uk.gov.sli.returns;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.CurrentUser;
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Quarter;

@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnResource {

    public record OpenInput(String due) {
    }

    public record CommentInput(String comment) {
    }

    public record Reminded(int queued) {
    }

    @Inject
    ReturnService returns;

    @Inject
    Reminders reminders;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("/{id}/returns/{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open a quarter's return with a due date (admin): every target gets an item; owners are emailed")
    public ReturnService.ReturnView open(@PathParam("id") String id, @PathParam("quarter") String quarter, OpenInput input) {
        return returns.open(id, Quarter.parse(quarter), input == null ? null : input.due());
    }

    @GET
    @Path("/{id}/returns/{quarter}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A quarter's return: every target with owner, state, submitted at, reviewer and comment, and counts")
    public ReturnService.ReturnView get(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        return returns.view(id, Quarter.parse(quarter));
    }

    @POST
    @Path("/{id}/returns/{quarter}/{code}/submit")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(summary = "Submit a target's item for review (its owner, or an editor)")
    public ReturnService.ItemView submit(@PathParam("id") String id, @PathParam("quarter") String quarter,
            @PathParam("code") String code) {
        return returns.submit(id, Quarter.parse(quarter), code);
    }

    @POST
    @Path("/{id}/returns/{quarter}/{code}/accept")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Accept a submitted item (admin)")
    public ReturnService.ItemView accept(@PathParam("id") String id, @PathParam("quarter") String quarter,
            @PathParam("code") String code) {
        return returns.accept(id, Quarter.parse(quarter), code);
    }

    @POST
    @Path("/{id}/returns/{quarter}/{code}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Return an item to its owner with a comment (admin); the owner is emailed")
    public ReturnService.ItemView sendBack(@PathParam("id") String id, @PathParam("quarter") String quarter,
            @PathParam("code") String code, CommentInput input) {
        return returns.sendBack(id, Quarter.parse(quarter), code, input == null ? null : input.comment());
    }

    @POST
    @Path("/{id}/returns/{quarter}/remind")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send the reminders due today now (admin); each is sent once however often this is called")
    public Reminded remind(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        return new Reminded(reminders.remind(id, Quarter.parse(quarter)));
    }


}
