package uk.gov.sli.export;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.finance.FinanceService;
import uk.gov.sli.importing.XlsxTables;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.Target;
import uk.gov.sli.mou.Years;
import uk.gov.sli.mou.YearDeliverables;
import uk.gov.sli.security.Roles;
import uk.gov.sli.web.ReportPages;

/** Downloads for the ministry's monitoring meeting and the board: CSV, XLSX and the report PDF. */
@Path("/api/years/{id}")
@RolesAllowed(Roles.VIEWER)
public class ExportResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    DeliverablesService deliverables;

    @Inject
    FinanceService finance;

    @Inject
    ReportPages report;

    @GET
    @Path("export.csv")
    @Produces(CSV)
    @Operation(summary = "Annex B as CSV (UTF-8 with BOM)")
    public Response annexBCsv(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        YearDeliverables year = asAt(id, quarter);
        return download(CsvExport.write(Exports.annexB(year)), CSV, "annex-b-" + id + "-" + year.quarter() + ".csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces(XlsxTables.MEDIA_TYPE)
    @Operation(summary = "Annex B as XLSX")
    public Response annexBXlsx(@PathParam("id") String id, @QueryParam("quarter") String quarter) {
        YearDeliverables year = asAt(id, quarter);
        return download(XlsxExport.write(List.of(Exports.annexB(year))), XlsxTables.MEDIA_TYPE,
                "annex-b-" + id + "-" + year.quarter() + ".xlsx");
    }

    @GET
    @Path("finance.csv")
    @Produces(CSV)
    @Operation(summary = "The finance table at a period as CSV")
    public Response financeCsv(@PathParam("id") String id, @QueryParam("period") Integer period) {
        FinanceService.FinanceTable table = finance.atPeriod(id, period);
        return download(CsvExport.write(Exports.finance(table)), CSV, "finance-" + id + "-p" + table.period() + ".csv");
    }

    @GET
    @Path("finance.xlsx")
    @Produces(XlsxTables.MEDIA_TYPE)
    @Operation(summary = "The finance table at a period as XLSX")
    public Response financeXlsx(@PathParam("id") String id, @QueryParam("period") Integer period) {
        FinanceService.FinanceTable table = finance.atPeriod(id, period);
        return download(XlsxExport.write(List.of(Exports.finance(table))), XlsxTables.MEDIA_TYPE,
                "finance-" + id + "-p" + table.period() + ".xlsx");
    }

    @GET
    @Path("monitoring-pack.xlsx")
    @Produces(XlsxTables.MEDIA_TYPE)
    @Operation(summary = "The monitoring pack: sheets Summary, Annex A, Annex B and Finance")
    public Response monitoringPack(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        YearDeliverables year = asAt(id, quarter);
        byte[] workbook = XlsxExport.write(List.of(Exports.summary(year), Exports.annexA(year), Exports.annexB(year),
                Exports.finance(finance.atPeriod(id, period))));
        return download(workbook, XlsxTables.MEDIA_TYPE, "monitoring-pack-" + id + "-" + year.quarter() + ".xlsx");
    }

    @GET
    @Path("figures.xlsx")
    @Produces(XlsxTables.MEDIA_TYPE)
    @Transactional
    @Operation(summary = "Every figure in the figures import's columns, to edit and import back")
    public Response figuresXlsx(@PathParam("id") String id) {
        Years.require(id);
        return download(XlsxExport.write(List.of(Exports.figures(Target.listWithFigures(id)))), XlsxTables.MEDIA_TYPE,
                "figures-" + id + ".xlsx");
    }

    @GET
    @Path("targets.xlsx")
    @Produces(XlsxTables.MEDIA_TYPE)
    @Transactional
    @Operation(summary = "Every target in the targets import's columns, to edit and import back")
    public Response targetsXlsx(@PathParam("id") String id) {
        Years.require(id);
        return download(XlsxExport.write(List.of(Exports.targets(Target.listWithFigures(id)))), XlsxTables.MEDIA_TYPE,
                "targets-" + id + ".xlsx");
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The board report as PDF, from the same template as the report page")
    public Response reportPdf(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return download(report.pdf(id, quarter, period), "application/pdf", "report-" + id + ".pdf");
    }

    private YearDeliverables asAt(String id, String quarter) {
        return deliverables.asAt(id, deliverables.quarterOrLatest(id, quarter));
    }

    private static Response download(Object body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
