package uk.gov.sli.headline;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.importing.CsvTables;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.YearResource.Imported;
import uk.gov.sli.mou.Years;
import uk.gov.sli.security.Roles;

@Path("/api/years/{id}/headlines")
@Produces(MediaType.APPLICATION_JSON)
public class HeadlineResource {

    public record Headline(String measure, BigDecimal value, String qualifier, String source) {
    }

    @Inject
    HeadlineImporter importer;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    @Operation(summary = "Figures the year's documents state outright, each with its source")
    public List<Headline> get(@PathParam("id") String id) {
        Years.require(id);
        return HeadlineFigure.forYear(id).stream()
                .map(h -> new Headline(h.measure, DeliverablesService.plain(h.value), h.qualifier, h.source)).toList();
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the year's headline figures (columns measure,value,qualifier,source), all or nothing")
    public Imported importHeadlines(@PathParam("id") String id, String csv) {
        return new Imported(importer.importHeadlines(id, CsvTables.read(csv)));
    }
}
