package uk.gov.sli.mou;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.rules.Quarter;
import uk.gov.sli.security.Roles;

/** Year on year: targets sharing a code or a theme, each year as at its latest reported quarter. */
@Path("/api/across-years")
@Produces(MediaType.APPLICATION_JSON)
public class AcrossYearsResource {

    public record YearLine(String year, String label, String quarter, DeliverableRow target) {
    }

    @Inject
    DeliverablesService deliverables;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    @Operation(summary = "Targets sharing a code (or in a theme) across every year, each as at its latest reported quarter")
    public List<YearLine> compare(@QueryParam("code") String code, @QueryParam("theme") String theme) {
        if ((code == null || code.isBlank()) == (theme == null || theme.isBlank())) {
            throw new IllegalArgumentException("give either code or theme");
        }
        List<YearLine> lines = new ArrayList<>();
        for (MouYear year : MouYear.<MouYear>list("order by id")) {
            Quarter quarter = deliverables.quarterOrLatest(year.id, null);
            for (DeliverableRow row : deliverables.asAt(year.id, quarter).targets()) {
                boolean matches = code != null && !code.isBlank() ? row.code().equalsIgnoreCase(code.trim())
                        : row.theme().equalsIgnoreCase(theme.trim());
                if (matches) {
                    lines.add(new YearLine(year.id, year.label, quarter.name(), row));
                }
            }
        }
        return lines;
    }
}
