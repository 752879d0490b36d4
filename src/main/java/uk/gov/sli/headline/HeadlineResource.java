package uk.gov.sli.headline;

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

import uk.gov.sli.mou.YearView;
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.tables.CsvReader;
import uk.gov.sli.tables.Imported;
import uk.gov.sli.tables.Table;
import uk.gov.sli.tables.XlsxReader;

@Path("/api/years/{id}/headlines")
@Produces(MediaType.APPLICATION_JSON)
public class HeadlineResource {

    @Inject
    HeadlineService headlines;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Figures the year's documents state outright, each with its source")
    public List<YearView.Headline> get(@PathParam("id") String id) {
        return headlines.get(id);
    }

    @POST
    @Consumes({ CsvReader.MEDIA_TYPE, XlsxReader.MEDIA_TYPE })
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the year's headline figures (columns measure,value,qualifier,source), all or nothing")
    public Imported importHeadlines(@PathParam("id") String id, Table table) {
        return new Imported(headlines.importHeadlines(id, table));
    }
}
