package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.tables.CsvReader;
import uk.gov.sli.tables.Imported;
import uk.gov.sli.tables.JsonTables;
import uk.gov.sli.tables.Table;
import uk.gov.sli.tables.XlsxReader;

@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
public class YearResource {

    public record YearView(String id, String label, String department, BigDecimal grant) {
        static YearView of(MouYear year) {
            return new YearView(year.id, year.label, year.department, Numbers.plain(year.grantAmount));
        }
    }

    @Inject
    TargetService targets;

    @Inject
    FigureService figures;

    @Inject
    MouDownloads downloads;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    @Operation(summary = "Every MoU year, latest first")
    public List<YearView> list() {
        return MouYear.latestFirst().stream().map(YearView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    public YearView get(@PathParam("id") String id) {
        return YearView.of(MouYear.require(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Create or update a year", description = "id like 2015-16; label defaults to 2015/16; grant in pounds")
    public Response put(@PathParam("id") String id, MouYear.YearInput input) {
        boolean created = MouYear.upsert(id, input);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(YearView.of(MouYear.require(id))).build();
    }

    @POST
    @Path("/{id}/targets")
    @Consumes({ CsvReader.MEDIA_TYPE, XlsxReader.MEDIA_TYPE })
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import targets (upsert by code), CSV or XLSX (first sheet), all or nothing",
            description = "Columns: code,theme,title,description,target,unit,measure,profile,amber_threshold,key,reason. "
                    + "reason is needed when a change alters a signed-off quarter (a restatement). An optional column left "
                    + "out of the file keeps what each target has; an empty cell clears it (or takes its default).")
    public Imported importTargets(@PathParam("id") String id, Table table) {
        return new Imported(targets.importTargets(id, table));
    }

    @PUT
    @Path("/{id}/targets/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or update one target (admin), checked exactly as a line of the targets import",
            description = "Body {\"theme\",\"title\",\"description\",\"target\",\"unit\",\"measure\",\"profile\","
                    + "\"amberThreshold\",\"key\",\"reason\"}; a field left out keeps what the target has, null clears it; "
                    + "a change that alters a signed-off quarter needs reason, else 409.")
    public Imported putTarget(@PathParam("id") String id, @PathParam("code") String code, JsonNode body) {
        return new Imported(targets.importTargets(id, JsonTables.of(body, Map.of("code", code))));
    }

    public record Copied(String year, String from, int targets) {
    }

    @POST
    @Path("/{id}/copy-from/{previous}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start a year from the last one (admin): themes and targets with their texts, measures, "
            + "profiles, thresholds, key flags and owners, no figures; 409 if the year has targets already")
    public Response copyFrom(@PathParam("id") String id, @PathParam("previous") String previous) {
        return Response.status(Response.Status.CREATED).entity(new Copied(id, previous, targets.copyYear(id, previous)))
                .build();
    }

    @POST
    @Path("/{id}/figures")
    @Consumes({ CsvReader.MEDIA_TYPE, XlsxReader.MEDIA_TYPE })
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import quarterly figures (upsert by code and quarter), CSV or XLSX (first sheet), all or nothing",
            description = "Columns: code,quarter,value,commentary,rag_override,rag_reason")
    public Imported importFigures(@PathParam("id") String id, Table table) {
        return new Imported(figures.importFigures(id, table));
    }

    @GET
    @Path("/{id}/figures.xlsx")
    @Produces(XlsxReader.MEDIA_TYPE)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every figure in the figures import's columns, to edit and import back")
    public Response figuresXlsx(@PathParam("id") String id) {
        return downloads.figures(id).response();
    }

    @GET
    @Path("/{id}/targets.xlsx")
    @Produces(XlsxReader.MEDIA_TYPE)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every target in the targets import's columns, to edit and import back")
    public Response targetsXlsx(@PathParam("id") String id) {
        return downloads.targets(id).response();
    }
}
