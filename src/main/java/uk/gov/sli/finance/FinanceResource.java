package uk.gov.sli.finance;

import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.importing.CsvTables;
import uk.gov.sli.importing.XlsxTables;
import uk.gov.sli.mou.YearResource.Imported;
import uk.gov.sli.rules.FinanceRules.Thresholds;
import uk.gov.sli.security.Roles;

@Path("/api/years/{id}/finance")
@Produces(MediaType.APPLICATION_JSON)
public class FinanceResource {

    public record FinanceView(String year, Integer period, List<Integer> periods, List<FinanceService.FinanceRow> lines,
            List<FinanceService.FinanceRow> totals, Thresholds thresholds) {
    }

    @Inject
    FinanceService finance;

    @Inject
    FinanceImporter importer;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Management accounts at a period (1-12, April = 1; default the latest), £000s, income negative",
            description = "Variances, variance percent and RAG by PRODUCT.md rule 8; totals computed from the lines")
    public FinanceView get(@PathParam("id") String id, @QueryParam("period") Integer period) {
        FinanceService.FinanceTable table = finance.atPeriod(id, period);
        return new FinanceView(table.year(), table.period(), table.periods(), table.lines(), table.totals(),
                table.thresholds());
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import a period's finance lines (upsert by section and description), all or nothing",
            description = "Columns: section,description,budget_ytd,actual_ytd,budget_year,forecast_outturn,commentary,rag_override,rag_reason")
    public Imported importPeriod(@PathParam("id") String id, @QueryParam("period") Integer period, String csv) {
        return new Imported(importer.importPeriod(id, requirePeriod(period), CsvTables.read(csv)));
    }

    @POST
    @Consumes(XlsxTables.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import a period's finance lines from the first sheet of an XLSX workbook, all or nothing")
    public Imported importPeriodXlsx(@PathParam("id") String id, @QueryParam("period") Integer period, byte[] xlsx) {
        return new Imported(importer.importPeriod(id, requirePeriod(period), XlsxTables.read(xlsx)));
    }

    private static int requirePeriod(Integer period) {
        if (period == null) {
            throw new IllegalArgumentException("period is required, e.g. ?period=7");
        }
        return period;
    }
}
