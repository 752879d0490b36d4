package uk.gov.sli.mou;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.platform.security.CurrentUser;
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.signoff.QuarterSignedOffException;
import uk.gov.sli.tables.Table;
import uk.gov.sli.tables.TableBodyReader;
import uk.gov.sli.tables.TableProblem;
import uk.gov.sli.tables.TableRejectedException;

/**
 * Entering figures in the browser: one target's quarter, and file uploads. Post-redirect-get on success; a bad
 * entry re-shows the form with the message beside the field and stores nothing.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EditPages {

    /** What the form shows: the entry as typed, per-field errors, and someone else's newer figure if any. */
    public record FigureForm(String value, String commentary, String ragOverride, String ragReason, Long version,
            Map<String, String> errors, String problem, QuarterlyFigure theirs) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance figure(MouYear year, Target target, Quarter quarter, FigureForm form,
                String signedOff, List<Rag> overrides);

        static native TemplateInstance upload(MouYear year, String kind, List<TableProblem> problems, String message);
    }

    @Inject
    FigureForms forms;

    @Inject
    FigureService figures;

    @Inject
    TargetService targets;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("years/{id}/targets/{code}/quarters/{quarter}/edit")
    @RolesAllowed(Roles.CONTRIBUTOR)
    public TemplateInstance editFigure(@PathParam("id") String id, @PathParam("code") String code,
            @PathParam("quarter") String quarterParam) {
        FigureForms.Page page = forms.page(id, code, Quarter.parse(quarterParam));
        QuarterlyFigure figure = page.figure();
        FigureForm form = figure == null
                ? new FigureForm("", "", "", "", null, Map.of(), null, null)
                : new FigureForm(figure.value == null ? "" : Numbers.plain(figure.value).toPlainString(),
                        nullToEmpty(figure.commentary), figure.ragOverride == null ? "" : figure.ragOverride.name(),
                        nullToEmpty(figure.ragReason), figure.version, Map.of(), null, null);
        return figurePage(page, form);
    }

    @POST
    @Path("years/{id}/targets/{code}/quarters/{quarter}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CONTRIBUTOR)
    public Response saveFigure(@PathParam("id") String id, @PathParam("code") String code,
            @PathParam("quarter") String quarterParam, @RestForm String value, @RestForm String commentary,
            @RestForm("rag_override") String ragOverride, @RestForm("rag_reason") String ragReason,
            @RestForm String version) {
        Quarter quarter = Quarter.parse(quarterParam);
        forms.page(id, code, quarter); // 404 for no such target, 403 for a contributor who does not own it
        FigureForms.Entry entry = forms.read(value, commentary, ragOverride, ragReason, version);
        FigureForm typed = new FigureForm(nullToEmpty(value), nullToEmpty(commentary), nullToEmpty(ragOverride),
                nullToEmpty(ragReason), entry.version(), entry.errors(), null, null);
        if (!entry.errors().isEmpty()) {
            return page(400, figurePage(forms.page(id, code, quarter), typed));
        }
        try {
            forms.save(id, code, quarter, entry);
        } catch (StaleFigureException e) {
            QuarterlyFigure theirs = e.stored();
            FigureForm conflict = new FigureForm(typed.value(), typed.commentary(), typed.ragOverride(), typed.ragReason(),
                    theirs == null ? null : theirs.version, Map.of(), e.getMessage(), theirs);
            return page(409, figurePage(forms.page(id, code, quarter), conflict));
        } catch (QuarterSignedOffException e) {
            FigureForm refused = new FigureForm(typed.value(), typed.commentary(), typed.ragOverride(), typed.ragReason(),
                    entry.version(), Map.of(), e.getMessage(), null);
            return page(409, figurePage(forms.page(id, code, quarter), refused));
        }
        return Response.seeOther(URI.create("/years/" + id + "/targets/" + code + "?quarter=" + quarter + "&saved=true"))
                .build();
    }

    @GET
    @Path("years/{id}/upload/{kind}")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance uploadForm(@PathParam("id") String id, @PathParam("kind") String kind) {
        return Templates.upload(forms.year(id), checkKind(kind), List.of(), null);
    }

    @POST
    @Path("years/{id}/upload/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.EDITOR)
    public Response upload(@PathParam("id") String id, @PathParam("kind") String kind, @RestForm("file") FileUpload file)
            throws IOException {
        MouYear year = forms.year(id);
        checkKind(kind);
        if (file == null || file.size() == 0) {
            return page(400, Templates.upload(year, kind, List.of(), "Choose a CSV or XLSX file to upload."));
        }
        if (kind.equals("targets") && !currentUser.isAdmin()) {
            // Targets are the MoU itself: only admins change them, as through the API.
            throw new io.quarkus.security.ForbiddenException();
        }
        try {
            boolean xlsx = file.fileName() != null && file.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
            Table table = TableBodyReader.read(Files.readAllBytes(file.uploadedFile()), xlsx);
            int imported = kind.equals("targets") ? targets.importTargets(id, table) : figures.importFigures(id, table);
            return Response.seeOther(URI.create("/years/" + id + "?imported=" + imported)).build();
        } catch (TableRejectedException e) {
            return page(400, Templates.upload(year, kind, e.problems(), e.getMessage()));
        } catch (uk.gov.sli.rules.ConflictException e) {
            return page(409, Templates.upload(year, kind, List.of(), e.getMessage()));
        }
    }

    private static TemplateInstance figurePage(FigureForms.Page page, FigureForm form) {
        return Templates.figure(page.year(), page.target(), page.quarter(), form, page.signedOff(),
                List.of(Rag.GREEN, Rag.AMBER, Rag.RED));
    }

    private static String checkKind(String kind) {
        if (!kind.equals("figures") && !kind.equals("targets")) {
            throw new NotFoundException("Uploads are of figures or targets");
        }
        return kind;
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
