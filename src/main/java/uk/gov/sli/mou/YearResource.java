package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.importing.CsvTables;
import uk.gov.sli.importing.XlsxTables;
import uk.gov.sli.security.Roles;

@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
public class YearResource {

    public record YearView(String id, String label, String department, BigDecimal grant) {
        static YearView of(MouYear year) {
            return new YearView(year.id, year.label, year.department, DeliverablesService.plain(year.grantAmount));
        }
    }

    public record Imported(int imported) {
    }

    @Inject
    YearService years;

    @Inject
    TargetImporter targetImporter;

    @Inject
    FigureImporter figureImporter;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every MoU year, latest first")
    public List<YearView> list() {
        return MouYear.<MouYear>list("order by id desc").stream().map(YearView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    public YearView get(@PathParam("id") String id) {
        return YearView.of(Years.require(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or update a year", description = "id like 2015-16; label defaults to 2015/16")
    public Response put(@PathParam("id") String id, @Valid YearService.YearInput input) {
        boolean created = years.upsert(id, input);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(YearView.of(Years.require(id))).build();
    }

    @POST
    @Path("/{id}/targets")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import targets (upsert by code), all or nothing",
            description = "Columns: code,theme,title,description,target,unit,measure,profile,amber_threshold,key")
    public Imported importTargets(@PathParam("id") String id, String csv) {
        return new Imported(targetImporter.importTargets(id, CsvTables.read(csv)));
    }

    @POST
    @Path("/{id}/figures")
    @Consumes("text/csv")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import quarterly figures (upsert by code and quarter), all or nothing",
            description = "Columns: code,quarter,value,commentary,rag_override,rag_reason")
    public Imported importFigures(@PathParam("id") String id, String csv) {
        return new Imported(figureImporter.importFigures(id, CsvTables.read(csv)));
    }

    @POST
    @Path("/{id}/targets")
    @Consumes(XlsxTables.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import targets from the first sheet of an XLSX workbook (same columns), all or nothing")
    public Imported importTargetsXlsx(@PathParam("id") String id, byte[] xlsx) {
        return new Imported(targetImporter.importTargets(id, XlsxTables.read(xlsx)));
    }

    @POST
    @Path("/{id}/figures")
    @Consumes(XlsxTables.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import figures from the first sheet of an XLSX workbook (same columns), all or nothing")
    public Imported importFiguresXlsx(@PathParam("id") String id, byte[] xlsx) {
        return new Imported(figureImporter.importFigures(id, XlsxTables.read(xlsx)));
    }
}
