package uk.gov.sli.report;

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

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Quarter;

@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
public class PaperResource {

    @Inject
    PaperService papers;

    @GET
    @Path("{id}/papers/{quarter}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The board paper's own text for a quarter (from the snapshot once signed off)")
    public PaperService.Paper get(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        return papers.get(id, Quarter.parse(quarter));
    }

    @PUT
    @Path("{id}/papers/{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the board paper's text (editor); every change is kept in the audit trail",
            description = "{\"meeting\",\"date\",\"agendaItem\",\"title\",\"purpose\",\"summary\",\"recommendation\",\"action\","
                    + "\"contacts\",\"background\",\"performanceNarrative\",\"highlights\",\"financeNarrative\",\"version\"}")
    public PaperService.Paper put(@PathParam("id") String id, @PathParam("quarter") String quarter, JsonNode body) {
        return papers.put(id, Quarter.parse(quarter), body);
    }
}
