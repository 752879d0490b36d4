package uk.gov.sli.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.importing.CsvTables;
import uk.gov.sli.importing.XlsxTables;
import uk.gov.sli.importing.ImportProblem;
import uk.gov.sli.importing.ImportRejectedException;
import uk.gov.sli.importing.Table;
import uk.gov.sli.mou.FigureChange;
import uk.gov.sli.mou.FigureEditor;
import uk.gov.sli.mou.FigureImporter;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.mou.QuarterlyFigure;
import uk.gov.sli.mou.StaleFigureException;
import uk.gov.sli.mou.Target;
import uk.gov.sli.mou.TargetImporter;
import uk.gov.sli.mou.Years;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.security.CurrentUser;
import uk.gov.sli.security.Roles;
import uk.gov.sli.signoff.QuarterLocks;
import uk.gov.sli.signoff.QuarterSignedOffException;

/**
 * Entering figures in the browser: one target's quarter, file uploads, sign-off. Post-redirect-get on success;
 * a bad entry re-shows the form with the message beside the field and stores nothing.
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

        static native TemplateInstance upload(MouYear year, String kind, List<ImportProblem> problems, String message);
    }

    @Inject
    FigureEditor editor;

    @Inject
    FigureImporter figureImporter;

    @Inject
    TargetImporter targetImporter;

    @Inject
    QuarterLocks locks;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("years/{id}/targets/{code}/quarters/{quarter}/edit")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public TemplateInstance editFigure(@PathParam("id") String id, @PathParam("code") String code,
            @PathParam("quarter") String quarterParam) {
        Target target = Years.requireTarget(id, code);
        Quarter quarter = Quarter.parse(quarterParam);
        QuarterlyFigure figure = target.figure(quarter).orElse(null);
        FigureForm form = figure == null
                ? new FigureForm("", "", "", "", null, Map.of(), null, null)
                : new FigureForm(Formats.num(figure.value).replace("n/a", ""), nullToEmpty(figure.commentary),
                        figure.ragOverride == null ? "" : figure.ragOverride.name(), nullToEmpty(figure.ragReason),
                        figure.version, Map.of(), null, null);
        return figurePage(Years.require(id), target, quarter, form);
    }

    @POST
    @Path("years/{id}/targets/{code}/quarters/{quarter}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.EDITOR)
    public Response saveFigure(@PathParam("id") String id, @PathParam("code") String code,
            @PathParam("quarter") String quarterParam, @RestForm String value, @RestForm String commentary,
            @RestForm("rag_override") String ragOverride, @RestForm("rag_reason") String ragReason,
            @RestForm String version) {
        Target target = Years.requireTarget(id, code);
        Quarter quarter = Quarter.parse(quarterParam);
        Long expectedVersion = version == null || version.isBlank() ? null : Long.valueOf(version.trim());
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal number = parseValue(value, errors);
        Rag override = null;
        if (ragOverride != null && !ragOverride.isBlank()) {
            try {
                override = Rag.parseOverride(ragOverride);
            } catch (IllegalArgumentException e) {
                errors.put("rag_override", e.getMessage());
            }
        }
        if (override != null && (ragReason == null || ragReason.isBlank())) {
            errors.put("rag_reason", "Give the reason for overriding the computed RAG status");
        }
        FigureForm typed = new FigureForm(nullToEmpty(value), nullToEmpty(commentary), nullToEmpty(ragOverride),
                nullToEmpty(ragReason), expectedVersion, errors, null, null);
        if (!errors.isEmpty()) {
            return page(400, figurePage(Years.require(id), target, quarter, typed));
        }
        Rag chosen = override;
        try {
            // Its own transaction, rolled back on a conflict, so the form can then be shown again.
            QuarkusTransaction.requiringNew().run(() -> editor.apply(new FigureChange(Years.requireTarget(id, code),
                    quarter, 0, FigureChange.Field.of(number), FigureChange.Field.of(blankToNull(commentary)),
                    FigureChange.Field.of(chosen), FigureChange.Field.of(chosen == null ? null : ragReason.trim()),
                    FigureChange.Field.of(expectedVersion))));
        } catch (StaleFigureException e) {
            QuarterlyFigure theirs = e.current();
            FigureForm conflict = new FigureForm(typed.value(), typed.commentary(), typed.ragOverride(), typed.ragReason(),
                    theirs == null ? null : theirs.version, Map.of(), e.getMessage(), theirs);
            return page(409, figurePage(Years.require(id), target, quarter, conflict));
        } catch (QuarterSignedOffException e) {
            FigureForm refused = new FigureForm(typed.value(), typed.commentary(), typed.ragOverride(), typed.ragReason(),
                    expectedVersion, Map.of(), e.getMessage(), null);
            return page(409, figurePage(Years.require(id), target, quarter, refused));
        }
        return Response.seeOther(URI.create("/years/" + id + "/targets/" + code + "?quarter=" + quarter + "&saved=true"))
                .build();
    }

    @GET
    @Path("years/{id}/upload/{kind}")
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance uploadForm(@PathParam("id") String id, @PathParam("kind") String kind) {
        return Templates.upload(Years.require(id), checkKind(kind), List.of(), null);
    }

    @POST
    @Path("years/{id}/upload/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.EDITOR)
    public Response upload(@PathParam("id") String id, @PathParam("kind") String kind, @RestForm("file") FileUpload file)
            throws IOException {
        MouYear year = Years.require(id);
        checkKind(kind);
        if (file == null || file.size() == 0) {
            return page(400, Templates.upload(year, kind, List.of(), "Choose a CSV file to upload."));
        }
        try {
            boolean xlsx = file.fileName() != null && file.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
            Table table = xlsx ? XlsxTables.read(Files.readAllBytes(file.uploadedFile()))
                    : CsvTables.read(Files.readString(file.uploadedFile()));
            int imported = kind.equals("targets") ? importTargets(id, table) : figureImporter.importFigures(id, table);
            return Response.seeOther(URI.create("/years/" + id + "?imported=" + imported)).build();
        } catch (ImportRejectedException e) {
            return page(400, Templates.upload(year, kind, e.problems(), e.getMessage()));
        } catch (QuarterSignedOffException e) {
            return page(409, Templates.upload(year, kind, List.of(), e.getMessage()));
        }
    }

    @POST
    @Path("years/{id}/quarters/{quarter}/sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response signOff(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        Quarter q = Quarter.parse(quarter);
        locks.signOff(id, q);
        return Response.seeOther(URI.create("/years/" + id + "?quarter=" + q)).build();
    }

    @POST
    @Path("years/{id}/quarters/{quarter}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reopen(@PathParam("id") String id, @PathParam("quarter") String quarter, @RestForm String reason) {
        Quarter q = Quarter.parse(quarter);
        locks.reopen(id, q, reason);
        return Response.seeOther(URI.create("/years/" + id + "?quarter=" + q)).build();
    }

    private int importTargets(String id, Table table) {
        // Targets are the MoU itself: only admins change them, as through the API.
        if (!currentUser.isAdmin()) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return targetImporter.importTargets(id, table);
    }

    private TemplateInstance figurePage(MouYear year, Target target, Quarter quarter, FigureForm form) {
        String signedOff = locks.signedOff(year.id, quarter)
                .map(e -> QuarterLocks.describe(year.id, quarter, e)).orElse(null);
        return Templates.figure(year, target, quarter, form, signedOff, List.of(Rag.GREEN, Rag.AMBER, Rag.RED));
    }

    private static BigDecimal parseValue(String text, Map<String, String> errors) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("n/a")) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0) {
                errors.put("value", "The value cannot be negative");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put("value", "Enter a number, such as 18 or 2.5, or leave it empty if not reported");
            return null;
        }
    }

    private static String checkKind(String kind) {
        if (!kind.equals("figures") && !kind.equals("targets")) {
            throw new jakarta.ws.rs.NotFoundException("Uploads are of figures or targets");
        }
        return kind;
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
