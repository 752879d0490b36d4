package uk.gov.sli.mou;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.HttpServerRequest;
import uk.gov.sli.platform.security.CurrentUser;
import uk.gov.sli.rules.Quarter;

/**
 * The one navigation every page shows ({@code inject:siteNav.links} in {@code base.html}): the year and quarter in
 * view (from the address, else the latest year and its latest reported quarter) and a link to every page, the
 * current one marked. Built lazily, so a page that never renders the navigation never asks the database.
 */
@Named("siteNav")
@RequestScoped
public class SiteNavigation {

    /** One link; {@code current} when the page shown belongs to it. */
    public record Link(String label, String href, boolean current) {
    }

    private static final Pattern YEAR = Pattern.compile("^/years/(\\d{4}-\\d{2})(/.*)?$");
    private static final Pattern RETURN_QUARTER = Pattern.compile("^/years/[^/]+/(?:returns|papers|quarters)/(Q[1-4])\\b.*");

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser user;

    @Inject
    DeliverablesService deliverables;

    /**
     * The year and quarter last resolved on a worker thread. An error page rendered on the I/O thread (a 404 for an
     * address no page answers) may not query the database, so it offers the year the service last showed.
     */
    private static volatile String[] lastResolved;

    private List<Link> links;
    private String yearId;
    private String yearLabel;
    private Quarter quarter;

    public List<Link> links() {
        if (links == null) {
            links = build();
        }
        return links;
    }

    /** "2015/16 at Q2", or empty when no year is held or nobody is signed in. */
    public String context() {
        links();
        return yearLabel == null ? "" : yearLabel + " at " + quarter.name();
    }

    private List<Link> build() {
        List<Link> out = new ArrayList<>();
        if (!user.signedIn()) {
            return out;
        }
        String path = request.path();
        resolveYear(path);
        if (yearId != null) {
            String y = "/years/" + yearId;
            String q = "?quarter=" + quarter.name();
            out.add(new Link("Overview", y + q, path.equals(y) || path.startsWith(y + "/targets")));
            out.add(new Link("Finance", y + "/finance", path.startsWith(y + "/finance")));
            out.add(new Link("Board report", y + "/report" + q, path.startsWith(y + "/report") || path.startsWith(y + "/papers")));
            if (user.canEdit()) {
                out.add(new Link("Quarterly return", y + "/returns/" + quarter.name(),
                        path.startsWith(y + "/returns") || path.startsWith(y + "/upload")));
            }
        }
        out.add(new Link("My return", "/my-return", path.startsWith("/my-return")));
        out.add(new Link("Dashboards", "/dashboards", path.startsWith("/dashboards")));
        out.add(new Link("Across years", "/across-years", path.startsWith("/across-years")));
        if (user.isAdmin()) {
            out.add(new Link("Outbox", "/admin/outbox", path.startsWith("/admin/outbox")));
            out.add(new Link("Security events", "/admin/security-events", path.startsWith("/admin/security-events")));
        }
        return out;
    }

    private void resolveYear(String path) {
        if (!io.quarkus.runtime.BlockingOperationControl.isBlockingAllowed()) {
            String[] last = lastResolved;
            if (last != null) {
                yearId = last[0];
                yearLabel = last[1];
                quarter = Quarter.parse(last[2]);
            }
            return;
        }
        try {
            Matcher m = YEAR.matcher(path);
            MouYear year = m.matches() ? MouYear.<MouYear>findByIdOptional(m.group(1)).orElse(null) : null;
            if (year == null) {
                year = MouYear.latest().orElse(null);
            }
            if (year == null) {
                return;
            }
            yearId = year.id;
            yearLabel = year.label;
            Matcher r = RETURN_QUARTER.matcher(path);
            String q = r.matches() ? r.group(1) : request.getParam("quarter");
            quarter = validQuarter(q) ? Quarter.parse(q) : deliverables.quarterOrLatest(yearId, null);
            lastResolved = new String[] { yearId, yearLabel, quarter.name() };
        } catch (RuntimeException e) {
            // The navigation never stops a page (an error page included) from showing: without the database it
            // offers the pages that need no year.
            yearId = null;
            yearLabel = null;
        }
    }

    private static boolean validQuarter(String q) {
        return q != null && q.matches("Q[1-4]");
    }
}
