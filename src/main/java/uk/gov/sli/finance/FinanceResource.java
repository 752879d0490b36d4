package uk.gov.sli.finance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.tables.CsvReader;
import uk.gov.sli.tables.Download;
import uk.gov.sli.tables.Imported;
import uk.gov.sli.tables.Table;
import uk.gov.sli.tables.XlsxReader;

@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
public class FinanceResource {

    @Inject
    FinanceService finance;

    @Inject
    FinanceDownloads downloads;

    @GET
    @Path("{id}/finance")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Management accounts at a period (1-12, April = 1; default the latest), £000s, income negative",
            description = "Variances, variance percent and RAG by rule 8; totals computed from the lines")
    public FinanceService.FinanceTable get(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return finance.atPeriod(id, period);
    }

    @POST
    @Path("{id}/finance")
    @Consumes({ CsvReader.MEDIA_TYPE, XlsxReader.MEDIA_TYPE })
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import a period's finance lines (upsert by section and description), CSV or XLSX, all or nothing",
            description = "Columns: section,description,budget_ytd,actual_ytd,budget_year,forecast_outturn,commentary,rag_override,rag_reason")
    public Imported importPeriod(@PathParam("id") String id, @QueryParam("period") Integer period, Table table) {
        return new Imported(finance.importPeriod(id, period, table));
    }

    @GET
    @Path("{id}/finance.csv")
    @Produces(Download.CSV)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The finance table at a period as CSV (UTF-8 with BOM)")
    public Response csv(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return downloads.csv(id, period).response();
    }

    @GET
    @Path("{id}/finance.xlsx")
    @Produces(Download.XLSX)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The finance table at a period as XLSX")
    public Response xlsx(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return downloads.xlsx(id, period).response();
    }
}
