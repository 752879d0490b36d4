package uk.gov.sli.report;

import java.util.List;

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

    @io.quarkus.qute.CheckedTemplate
    static class Templates {
        static native TemplateInstance paper(String year, uk.gov.sli.rules.Quarter quarter, PaperService.Paper paper,
                String problem, List<String> suggestions);
    }

    @Inject
    PaperService papers;

    @GET
    @Path("years/{id}/papers/{quarter}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.EDITOR)
    public TemplateInstance editPaper(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        uk.gov.sli.rules.Quarter q = uk.gov.sli.rules.Quarter.parse(quarter);
        return Templates.paper(id, q, papers.get(id, q), null, report.suggestedHighlights(id, q));
    }

    @jakarta.ws.rs.POST
    @Path("years/{id}/papers/{quarter}/edit")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.EDITOR)
    public Response savePaper(@PathParam("id") String id, @PathParam("quarter") String quarter,
            jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        uk.gov.sli.rules.Quarter q = uk.gov.sli.rules.Quarter.parse(quarter);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String field : List.of("meeting", "date", "agendaItem", "title", "purpose", "summary", "recommendation",
                "action", "contacts", "background", "performanceNarrative", "highlights", "financeNarrative", "version")) {
            fields.put(field, form.getFirst(field));
        }
        try {
            papers.put(id, q, fields);
        } catch (uk.gov.sli.rules.InvalidInputException | uk.gov.sli.rules.ConflictException e) {
            return Response.status(e instanceof uk.gov.sli.rules.ConflictException ? 409 : 400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.paper(id, q, papers.get(id, q), e.getMessage(), report.suggestedHighlights(id, q))
                            .render()).build();
        }
        return Response.seeOther(java.net.URI.create("/years/" + id + "/report?quarter=" + q)).build();
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
    @Path("years/{id}/downloads/report.docx")
    public Response reportDocx(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return downloads.reportDocx(id, quarter, period).response();
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
