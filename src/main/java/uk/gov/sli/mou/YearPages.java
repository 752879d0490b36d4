package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

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
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.signoff.Restatement;

/** The head of improvement's pages: a year as at a quarter, and one target's quarters and history. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class YearPages {

    /** One quarter of a target as the target page tabulates and charts it, as at that quarter. */
    public record QuarterLine(Quarter quarter, BigDecimal reported, DeliverableRow asAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance year(Overview overview, YearDeliverables deliverables, List<MouYear> years,
                Quarter quarter, List<Quarter> quarters, List<Rag> statuses, String base, String imported,
                List<YearView.Headline> headlines, List<Restatement> restatements);

        static native TemplateInstance copy(MouYear year, String next);

        static native TemplateInstance target(YearView.TargetPage page, boolean saved, List<String> owners);
    }

    @Inject
    YearView view;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    public Response home() {
        return MouYear.latest()
                .map(y -> Response.seeOther(URI.create("/years/" + y.id)).build())
                .orElseGet(() -> Response.seeOther(URI.create("/q/swagger-ui")).build());
    }

    @Inject
    uk.gov.sli.platform.web.PageCache pages;

    /** Answered from the data version: a repeat asks the database nothing, and a client holding the page gets 304. */
    @GET
    @Path("years/{id}")
    @RolesAllowed(Roles.VIEWER)
    public Response year(@PathParam("id") String id, @QueryParam("quarter") String quarterParam,
            @QueryParam("rag") List<String> rags, @QueryParam("theme") String theme, @QueryParam("key") String key,
            @QueryParam("q") String search, @QueryParam("page") String page, @QueryParam("imported") String imported,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        Overview.Filter filter = Overview.Filter.parse(rags, theme, key, search);
        return pages.answer(headers, uk.gov.sli.platform.web.PageCache.address(uri), view.version(),
                MediaType.TEXT_HTML_TYPE, () -> {
                    YearView.Year year = view.year(id, quarterParam, filter, uk.gov.sli.platform.web.Paging.page(page));
                    YearDeliverables deliverables = year.overview().deliverables();
                    return Templates.year(year.overview(), deliverables, year.years(), deliverables.quarter(),
                            Arrays.asList(Quarter.values()), Overview.STATUSES,
                            "/years/" + deliverables.year() + "?quarter=" + deliverables.quarter().name(), imported,
                            year.headlines(), year.restatements()).render();
                });
    }

    @jakarta.inject.Inject
    TargetService targets;

    /** The admin names a target's owner on its page. */
    @jakarta.ws.rs.POST
    @Path("years/{id}/targets/{code}/owner")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response setOwner(@PathParam("id") String id, @PathParam("code") String code,
            @org.jboss.resteasy.reactive.RestForm String owner) {
        targets.setOwner(id, code, owner);
        return Response.seeOther(URI.create("/years/" + id + "/targets/" + code + "?saved=true")).build();
    }

    /** Asks before starting next year from this one. */
    @GET
    @Path("years/{id}/copy-to-next")
    @RolesAllowed(Roles.ADMIN)
    @jakarta.transaction.Transactional
    public TemplateInstance confirmCopy(@PathParam("id") String id) {
        return Templates.copy(MouYear.require(id), uk.gov.sli.rules.YearId.parse(id).next().label());
    }

    /** Starts next year from this one, then shows it. */
    @jakarta.ws.rs.POST
    @Path("years/{id}/copy-to-next")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response copyToNext(@PathParam("id") String id) {
        String next = uk.gov.sli.rules.YearId.parse(id).next().value();
        targets.copyYear(next, id);
        return Response.seeOther(URI.create("/years/" + next)).build();
    }

    @GET
    @Path("years/{id}/targets/{code}")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance target(@PathParam("id") String id, @PathParam("code") String code,
            @QueryParam("quarter") String quarterParam, @QueryParam("saved") String saved) {
        YearView.TargetPage page = view.target(id, code, quarterParam);
        return Templates.target(page, saved != null,
                targets.possibleOwners());
    }
}
