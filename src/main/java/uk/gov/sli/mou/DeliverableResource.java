package uk.gov.sli.mou;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.security.Roles;

@Path("/api/years/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class DeliverableResource {

    public record DeliverablesView(String year, String quarter, java.util.List<DeliverableRow> targets) {
    }

    public record SummaryView(int keyTargets, int green, int amber, int red, int notReported, int notAssessed,
            int metOrExceeded, String sentence) {
        static SummaryView of(KeyTargetSummary s, Quarter q) {
            return new SummaryView(s.keyTargets(), s.green(), s.amber(), s.red(), s.notReported(), s.notAssessed(),
                    s.metOrExceeded(), s.sentence(q));
        }
    }

    @Inject
    DeliverablesService deliverables;

    @GET
    @Path("/deliverables")
    @Operation(description = "quarter defaults to the latest quarter with a reported figure", summary = "Every target as at a quarter: figures, total, % achieved, RAG, forecast")
    public DeliverablesView deliverables(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        YearDeliverables result = deliverables.asAt(id, deliverables.quarterOrLatest(id, quarter));
        return new DeliverablesView(result.year(), result.quarter(), result.targets());
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Key-target summary by reported RAG as at a quarter")
    public SummaryView summary(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        Quarter q = deliverables.quarterOrLatest(id, quarter);
        return SummaryView.of(deliverables.asAt(id, q).summary(), q);
    }
}
