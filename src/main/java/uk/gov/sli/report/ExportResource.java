package uk.gov.sli.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.tables.Download;

/** Downloads for the ministry's monitoring meeting and the board: Annex B as CSV and XLSX, the pack, the report PDF. */
@Path("/api/years")
@RolesAllowed(Roles.VIEWER)
public class ExportResource {

    @Inject
    ReportDownloads downloads;

    @GET
    @Path("{id}/export.csv")
    @Produces(Download.CSV)
    @Operation(summary = "Annex B as at a quarter as CSV (UTF-8 with BOM); later quarters blank")
    public Response annexBCsv(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        return downloads.annexBCsv(id, quarter).response();
    }

    @GET
    @Path("{id}/export.xlsx")
    @Produces(Download.XLSX)
    @Operation(summary = "Annex B as at a quarter as XLSX")
    public Response annexBXlsx(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        return downloads.annexBXlsx(id, quarter).response();
    }

    @GET
    @Path("{id}/monitoring-pack.xlsx")
    @Produces(Download.XLSX)
    @Operation(summary = "The monitoring pack: sheets Summary, Annex A, Annex B and Finance")
    public Response monitoringPack(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return downloads.monitoringPack(id, quarter, period).response();
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces(Download.PDF)
    @Operation(summary = "The board report as PDF, from the same template as the report page")
    public Response reportPdf(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return downloads.reportPdf(id, quarter, period).response();
    }

    @GET
    @Path("{id}/report.docx")
    @Produces(Download.DOCX)
    @Operation(summary = "The board paper as a Word document, from the same template as the report page and PDF")
    public Response reportDocx(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return downloads.reportDocx(id, quarter, period).response();
    }
}
