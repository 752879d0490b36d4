package uk.gov.sli.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
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

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.finance.FinanceSection;
import uk.gov.sli.finance.FinanceService;
import uk.gov.sli.mou.DeliverableRow;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.YearDeliverables;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.security.Roles;

/**
 * The six-month (or any quarter's) board report: one template for the page and the PDF, so the two never drift.
 * The PDF carries the charts' tables; the page draws the charts as well.
 */
@Path("/")
public class ReportPages {

    /** Everything the report shows, computed once. */
    public record Report(YearDeliverables deliverables, Quarter quarter, String sentence, List<DeliverableRow> met,
            List<DeliverableRow> shortfalls, FinanceService.FinanceTable finance, List<FinanceSection> sections,
            boolean pdf, String inlineCss) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report);
    }

    @Inject
    DeliverablesService deliverables;

    @Inject
    FinanceService finance;

    @GET
    @Path("years/{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance page(@PathParam("id") String id, @QueryParam("quarter") String quarter,
            @QueryParam("period") Integer period) {
        return Templates.report(build(id, quarter, period, false));
    }

    public Report build(String id, String quarterParam, Integer period, boolean pdf) {
        Quarter quarter = deliverables.quarterOrLatest(id, quarterParam);
        YearDeliverables year = deliverables.asAt(id, quarter);
        List<DeliverableRow> met = year.targets().stream()
                .filter(r -> r.key() && r.percentAchieved() != null && r.percentAchieved() >= 100).toList();
        List<DeliverableRow> shortfalls = year.targets().stream()
                .filter(r -> r.key() && r.percentAchieved() != null && r.expectedToDate() != null
                        && r.total().compareTo(r.expectedToDate()) < 0)
                .sorted(Comparator.comparing((DeliverableRow r) -> r.total().divide(r.expectedToDate(), 4,
                        java.math.RoundingMode.HALF_UP)))
                .limit(5).toList();
        return new Report(year, quarter, year.summary().sentence(quarter), met, shortfalls, finance.atPeriod(id, period),
                List.of(FinanceSection.values()), pdf, pdf ? css() : null);
    }

    public byte[] pdf(String id, String quarter, Integer period) {
        return render(Templates.report(build(id, quarter, period, true)).render());
    }

    private static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String css() {
        try (InputStream in = ReportPages.class.getClassLoader().getResourceAsStream("META-INF/resources/css/report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
