package uk.gov.sli.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.audit.FigureHistory;
import uk.gov.sli.headline.HeadlineFigure;
import uk.gov.sli.mou.DeliverableRow;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.mou.Target;
import uk.gov.sli.mou.Years;
import uk.gov.sli.mou.YearDeliverables;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.security.Roles;
import uk.gov.sli.signoff.QuarterLocks;

/** The head of improvement's pages: a year as at a quarter, and one target's history. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class YearPages {

    /** One quarter of a target as the target page tabulates and charts it. */
    public record QuarterLine(Quarter quarter, BigDecimal reported, DeliverableRow asAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance year(YearDeliverables deliverables, List<MouYear> years,
                Map<String, List<DeliverableRow>> themes, Quarter quarter, List<Quarter> quarters, Rag ragFilter,
                List<Rag> rags, int shown, String signedOff, String imported, List<HeadlineFigure> headlines);

        static native TemplateInstance target(MouYear year, Target target, List<QuarterLine> lines, Quarter quarter,
                List<FigureHistory.Entry> history, boolean saved);
    }

    @Inject
    DeliverablesService deliverables;

    @Inject
    QuarterLocks locks;

    @Inject
    FigureHistory figureHistory;

    @GET
    @RolesAllowed(Roles.VIEWER)
    public Response home() {
        return MouYear.latest()
                .map(y -> Response.seeOther(URI.create("/years/" + y.id)).build())
                .orElseGet(() -> Response.seeOther(URI.create("/q/swagger-ui")).build());
    }

    @GET
    @Path("years/{id}")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance year(@PathParam("id") String id, @QueryParam("quarter") String quarterParam,
            @QueryParam("rag") String ragParam, @QueryParam("imported") String imported) {
        Quarter quarter = deliverables.quarterOrLatest(id, quarterParam);
        Rag ragFilter = ragParam == null || ragParam.isBlank() ? null : Rag.valueOf(ragParam.trim().toUpperCase());
        YearDeliverables result = deliverables.asAt(id, quarter);
        Map<String, List<DeliverableRow>> themes = new java.util.LinkedHashMap<>();
        int shown = 0;
        for (var theme : result.byTheme().entrySet()) {
            List<DeliverableRow> rows = theme.getValue().stream()
                    .filter(r -> ragFilter == null || r.rag() == ragFilter).toList();
            if (!rows.isEmpty()) {
                themes.put(theme.getKey(), rows);
                shown += rows.size();
            }
        }
        return Templates.year(result, MouYear.list("order by id desc"), themes, quarter, Arrays.asList(Quarter.values()),
                ragFilter, Arrays.asList(Rag.values()), shown,
                locks.signedOff(id, quarter).map(e -> QuarterLocks.describe(id, quarter, e)).orElse(null), imported,
                result.targets().isEmpty() ? HeadlineFigure.forYear(id) : List.of());
    }

    @GET
    @Path("years/{id}/targets/{code}")
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    public TemplateInstance target(@PathParam("id") String id, @PathParam("code") String code,
            @QueryParam("quarter") String quarterParam, @QueryParam("saved") String saved) {
        MouYear year = Years.require(id);
        Target target = Years.requireTarget(id, code);
        Quarter quarter = deliverables.quarterOrLatest(id, quarterParam);
        List<QuarterLine> lines = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            lines.add(new QuarterLine(q, target.values().get(q), DeliverablesService.row(target, q)));
        }
        return Templates.target(year, target, lines, quarter, figureHistory.forTarget(target), saved != null);
    }
}
