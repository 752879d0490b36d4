package uk.gov.sli.finance;

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
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.platform.security.Roles;

/** The management accounts laid out as Annex C, with the variance chart and its numbers, and their downloads. */
@Path("/")
@RolesAllowed(Roles.VIEWER)
public class FinancePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance finance(FinanceService.FinanceTable table, List<FinanceSection> sections,
                List<Integer> allPeriods);
    }

    @Inject
    FinanceService finance;

    @Inject
    FinanceDownloads downloads;

    @GET
    @Path("years/{id}/finance")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance finance(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return Templates.finance(finance.atPeriod(id, period), Arrays.asList(FinanceSection.values()),
                IntStream.rangeClosed(1, 12).boxed().toList());
    }

    @GET
    @Path("years/{id}/downloads/finance.csv")
    public Response csv(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return downloads.csv(id, period).response();
    }

    @GET
    @Path("years/{id}/downloads/finance.xlsx")
    public Response xlsx(@PathParam("id") String id, @QueryParam("period") Integer period) {
        return downloads.xlsx(id, period).response();
    }
}
