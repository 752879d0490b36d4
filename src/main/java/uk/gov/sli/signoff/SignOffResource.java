package uk.gov.sli.signoff;

import java.time.OffsetDateTime;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Quarter;

@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
public class SignOffResource {

    public record ReopenInput(String reason) {
    }

    public record SignOffInput(Boolean confirmUnaccepted) {
    }

    public record LockView(String year, String quarter, String action, String user, OffsetDateTime at, String reason,
            String sha256, Integer version) {
    }

    public record SnapshotView(int version, String by, OffsetDateTime at, String sha256) {
        static SnapshotView of(QuarterSnapshot s) {
            return new SnapshotView(s.version, s.signedOffBy, s.signedOffAt, s.sha256);
        }
    }

    @Inject
    SignOffService signOff;

    @POST
    @Path("{id}/quarters/{quarter}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sign off a quarter (admin): its whole as-at view is recorded and stops changing until reopened")
    public LockView signOff(@PathParam("id") String id, @PathParam("quarter") String quarter, SignOffInput input) {
        QuarterSnapshot s = signOff.signOff(id, Quarter.parse(quarter),
                input != null && Boolean.TRUE.equals(input.confirmUnaccepted()));
        return new LockView(id, Quarter.of(s.quarter).name(), QuarterLockEvent.SIGN_OFF, s.signedOffBy, s.signedOffAt,
                null, s.sha256, s.version);
    }

    @POST
    @Path("{id}/quarters/{quarter}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reopen a signed-off quarter (admin), with a reason; its snapshots stay readable")
    public LockView reopen(@PathParam("id") String id, @PathParam("quarter") String quarter, ReopenInput input) {
        QuarterLockEvent e = signOff.reopen(id, Quarter.parse(quarter), input == null ? null : input.reason());
        return new LockView(e.yearId, Quarter.of(e.quarter).name(), e.action, e.username, e.at, e.reason, null, null);
    }

    @GET
    @Path("{id}/quarters/{quarter}/snapshots")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every snapshot version of a quarter, oldest first")
    public List<SnapshotView> snapshots(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        return signOff.snapshots(id, Quarter.parse(quarter)).stream().map(SnapshotView::of).toList();
    }

    @GET
    @Path("{id}/quarters/{quarter}/snapshots/{version}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One snapshot's canonical JSON, byte for byte as hashed")
    public Response snapshot(@PathParam("id") String id, @PathParam("quarter") String quarter,
            @PathParam("version") int version) {
        QuarterSnapshot s = signOff.snapshot(id, Quarter.parse(quarter), version);
        return Response.ok(s.body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(s.sha256)))
                .build();
    }

    @GET
    @Path("{id}/restatements")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Changes that altered a signed-off quarter, with their reasons, oldest first")
    public List<Restatement> restatements(@PathParam("id") String id) {
        return signOff.restatements(id);
    }
}
