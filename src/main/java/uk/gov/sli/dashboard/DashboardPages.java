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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.dashboard.DashboardService;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.platform.security.Roles;

@Path("/dashboards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class DashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<DashboardService.Summary> dashboards);

        static native TemplateInstance dashboard(DashboardService.Dashboard dashboard, List<MouYear> years,
                List<DashboardService.Summary> dashboards);
    }

    @Inject
    DashboardService dashboards;

    @GET
    public TemplateInstance index() {
        return Templates.index(dashboards.list());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance dashboard(@PathParam("id") String id, @QueryParam("year") String year) {
        return Templates.dashboard(dashboards.render(id, year), dashboards.years(), dashboards.list());
    }
}
