package uk.gov.sli.dashboard;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import uk.gov.sli.mou.DataVersion;
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.platform.web.PageCache;

@Path("/api/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @Inject
    PageCache pages;

    @Inject
    DataVersion version;

    @GET
    @Operation(summary = "The dashboards declared in dashboards/")
    public List<DashboardService.Summary> list() {
        return dashboards.list();
    }

    /** Answered from the data version, as the deliverables are: a repeat asks the database nothing. */
    @GET
    @Path("/{id}")
    @Operation(summary = "A dashboard's panels with their chart data (labels, series) for a year (default the latest)")
    @APIResponse(responseCode = "200", description = "The dashboard, with an ETag of the data it comes from",
            content = @Content(schema = @Schema(implementation = DashboardService.Dashboard.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response get(@PathParam("id") String id, @QueryParam("year") String year, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return pages.json(headers, PageCache.address(uri), version.current(), () -> dashboards.render(id, year));
    }
}
