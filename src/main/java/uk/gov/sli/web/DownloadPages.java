package uk.gov.sli.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import uk.gov.sli.export.ExportResource;
import uk.gov.sli.security.Roles;

/**
 * The API's downloads for people signed in with the form: {@code /api} takes HTTP Basic only, so the pages link
 * here, and these hand over to the very same export code.
 */
@Path("/")
@RolesAllowed(Roles.VIEWER)
public class DownloadPages {

    @Inject
    ExportResource exports;

    @GET
    @Path("years/{id}/downloads/annex-b.csv")
    public Response annexBCsv(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        return exports.annexBCsv(id, quarter);
    }

    @GET
    @Path("years/{id}/downloads/annex-b.xlsx")
    public Response annexBXlsx(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        return exports.annexBXlsx(id, quarter);
    }

    @GET
    @Path("years/{id}/downloads/finance.csv")
    public Response financeCsv(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return exports.financeCsv(id, period);
    }

    @GET
    @Path("years/{id}/downloads/finance.xlsx")
    public Response financeXlsx(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return exports.financeXlsx(id, period);
    }

    @GET
    @Path("years/{id}/downloads/monitoring-pack.xlsx")
    public Response monitoringPack(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return exports.monitoringPack(id, quarter, period);
    }

    @GET
    @Path("years/{id}/downloads/figures.xlsx")
    public Response figures(@PathParam("id") String id) {
        return exports.figuresXlsx(id);
    }

    @GET
    @Path("years/{id}/downloads/targets.xlsx")
    public Response targets(@PathParam("id") String id) {
        return exports.targetsXlsx(id);
    }

    @GET
    @Path("years/{id}/downloads/report.pdf")
    public Response report(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return exports.reportPdf(id, quarter, period);
    }
}
