package uk.gov.sli.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.mou.MouDownloads;
import uk.gov.sli.platform.security.Roles;

/**
 * The board report page, and the downloads for people signed in with the form ({@code /api} takes HTTP Basic only,
 * so the pages link here; the files are made by the very same services).
 */
@Path("/")
@RolesAllowed(Roles.VIEWER)
public class ReportPages {

    @Inject
    ReportService report;

    @Inject
    ReportDownloads downloads;

    @Inject
    MouDownloads mouDownloads;

    @GET
    @Path("years/{id}/report")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return report.page(id, quarter, period);
    }

    @GET
    @Path("years/{id}/downloads/annex-b.csv")
    public Response annexBCsv(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        return downloads.annexBCsv(id, quarter).response();
    }

    @GET
    @Path("years/{id}/downloads/annex-b.xlsx")
    public Response annexBXlsx(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        return downloads.annexBXlsx(id, quarter).response();
    }

    @GET
    @Path("years/{id}/downloads/monitoring-pack.xlsx")
    public Response monitoringPack(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return downloads.monitoringPack(id, quarter, period).response();
    }

    @GET
    @Path("years/{id}/downloads/report.pdf")
    public Response report(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return downloads.reportPdf(id, quarter, period).response();
    }

    @GET
    @Path("years/{id}/downloads/figures.xlsx")
    public Response figures(@PathParam("id") String id) {
        return mouDownloads.figures(id).response();
    }

    @GET
    @Path("years/{id}/downloads/targets.xlsx")
    public Response targets(@PathParam("id") String id) {
        return mouDownloads.targets(id).response();
    }
}
