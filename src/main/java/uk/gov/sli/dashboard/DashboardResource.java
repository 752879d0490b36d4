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

    @GET
    @Path("/{id}")
    @Operation(summary = "A dashboard's panels with their chart data (labels, series) for a year (default the latest)")
    public DashboardService.Dashboard get(@PathParam("id") String id, @QueryParam("year") String year) {
        return dashboards.render(id, year);
    }
}
