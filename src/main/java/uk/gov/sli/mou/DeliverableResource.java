package uk.gov.sli.mou;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.signoff.SignedOff;

@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class DeliverableResource {

    public record DeliverablesView(String year, String quarter, List<DeliverableRow> targets, SignedOff signedOff) {
    }

    public record SummaryView(int keyTargets, int green, int amber, int red, int notReported, int notAssessed,
            int metOrExceeded, String sentence, SignedOff signedOff) {
        static SummaryView of(YearDeliverables d) {
            KeyTargetSummary s = d.summary();
            return new SummaryView(s.keyTargets(), s.green(), s.amber(), s.red(), s.notReported(), s.notAssessed(),
                    s.metOrExceeded(), d.sentence(), d.signedOff());
        }
    }

    @Inject
    DeliverablesService deliverables;

    @GET
    @Path("{id}/deliverables")
    @Operation(summary = "Every target as at a quarter: figures of Q1..q, total, % achieved, RAG, forecast",
            description = "quarter defaults to the latest quarter with a reported figure; later quarters are null; "
                    + "a signed-off quarter comes from its snapshot")
    @APIResponse(responseCode = "200", description = "The deliverables, with an ETag of the data they come from",
            content = @Content(schema = @Schema(implementation = DeliverablesView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response deliverables(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return pages.json(headers, uk.gov.sli.platform.web.PageCache.address(uri), view.version(), () -> {
            YearDeliverables result = deliverables.asAt(id, deliverables.quarterOrLatest(id, quarter));
            return new DeliverablesView(result.year(), result.quarter().name(), result.targets(), result.signedOff());
        });
    }

    @Inject
    uk.gov.sli.platform.web.PageCache pages;

    @Inject
    YearView view;



    @GET
    @Path("{id}/summary")
    @Operation(summary = "Key-target summary by reported RAG as at a quarter")
    public SummaryView summary(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        return SummaryView.of(deliverables.asAt(id, deliverables.quarterOrLatest(id, quarter)));
    }
}
