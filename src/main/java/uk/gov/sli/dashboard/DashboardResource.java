package uk.gov.sli.dashboard;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;

@Path("/api/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @Operation(summary = "The dashboards declared in dashboards/")
    public List<DashboardService.Summary> list() {
        return dashboards.list();
    }

    @jakarta.inject.Inject
    uk.gov.sli.platform.web.PageCache pages;

    @jakarta.inject.Inject
    uk.gov.sli.mou.DataVersion version;

    @GET
    @Path("/{id}")
    @Operation(summary = "A dashboard's panels with their chart data (labels, series) for a year (default the latest)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "The dashboard, with an ETag of the data it comes from",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = DashboardService.Dashboard.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "304",
            description = "Unchanged since the ETag sent in If-None-Match")
    public jakarta.ws.rs.core.Response get(@PathParam("id") String id, @QueryParam("year") String year,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return pages.json(headers, uk.gov.sli.platform.web.PageCache.address(uri), version.current(),
                () -> dashboards.render(id, year));
    }
}
