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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.dashboard.DashboardService;
import uk.gov.sli.mou.DataVersion;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.platform.web.PageCache;

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

    @Inject
    PageCache pages;

    @Inject
    DataVersion version;

    /** Answered from the data version, as the year page is: a repeat asks the database nothing. */
    @GET
    @Path("/{id}")
    public Response dashboard(@PathParam("id") String id, @QueryParam("year") String year, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return pages.answer(headers, PageCache.address(uri), version.current(), MediaType.TEXT_HTML_TYPE,
                () -> Templates.dashboard(dashboards.render(id, year), dashboards.years(), dashboards.list()).render());
    }
}
