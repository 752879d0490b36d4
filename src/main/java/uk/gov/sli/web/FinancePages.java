package uk.gov.sli.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.finance.FinanceSection;
import uk.gov.sli.finance.FinanceService;
import uk.gov.sli.security.Roles;

/** The management accounts laid out as Annex C, with the variance chart and its numbers. */
@Path("/years/{id}/finance")
@Produces(MediaType.TEXT_HTML)
public class FinancePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance finance(FinanceService.FinanceTable table, List<FinanceSection> sections,
                List<Integer> allPeriods);
    }

    @Inject
    FinanceService finance;

    @GET
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance finance(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return Templates.finance(finance.atPeriod(id, period), Arrays.asList(FinanceSection.values()),
                IntStream.rangeClosed(1, 12).boxed().toList());
    }
}
