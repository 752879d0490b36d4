package uk.gov.sli.mou;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.platform.security.Roles;

@Path("/across-years")
@Produces(MediaType.TEXT_HTML)
public class AcrossYearsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance acrossYears(String code, String theme, List<AcrossYearsService.YearLine> lines);
    }

    @Inject
    AcrossYearsService acrossYears;

    @GET
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance page(@QueryParam("code") String code, @QueryParam("theme") String theme) {
        boolean asked = (code != null && !code.isBlank()) || (theme != null && !theme.isBlank());
        return Templates.acrossYears(code, theme, asked ? acrossYears.compare(code, theme) : List.of());
    }
}
