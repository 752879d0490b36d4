package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.mou.FigureService.FigureView;
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Quarter;

@Path("/api/years/{id}/figures/{code}/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    @Inject
    FigureService figures;

    @Inject
    FigureForms forms;

    @Inject
    FigureHistory history;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One target's figure for a quarter, with its version")
    public FigureView get(@PathParam("id") String id, @PathParam("code") String code, @PathParam("quarter") String quarter) {
        return figures.get(id, code, Quarter.parse(quarter));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(summary = "Set one target's figure for a quarter (editor, or the target's owner as contributor)",
            description = "Body {\"value\",\"commentary\",\"version\"} and optionally \"ragOverride\" (GREEN/AMBER/RED, or null to clear) "
                    + "with \"ragReason\". value is a number from 0 to 1,000,000,000,000 with at most 4 decimal places, or null. "
                    + "version is the one last read (null for a figure not yet created); a stale version gets 409 and changes nothing.")
    public FigureView put(@PathParam("id") String id, @PathParam("code") String code, @PathParam("quarter") String quarter,
            JsonNode body) {
        return forms.saveJson(id, code, Quarter.parse(quarter), body);
    }

    @GET
    @Path("/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every change to this figure and its override, and the quarter's sign-offs, oldest first")
    public List<FigureHistory.Entry> history(@PathParam("id") String id, @PathParam("code") String code,
            @PathParam("quarter") String quarter) {
        return history.forQuarter(id, code, Quarter.parse(quarter));
    }
}
