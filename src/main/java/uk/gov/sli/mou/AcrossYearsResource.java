package uk.gov.sli.mou;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;

@Path("/api/across-years")
@Produces(MediaType.APPLICATION_JSON)
public class AcrossYearsResource {

    @Inject
    AcrossYearsService acrossYears;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Targets sharing a code (or in a theme) across every year, each as at its latest reported quarter")
    public List<AcrossYearsService.YearLine> compare(@QueryParam("code") String code, @QueryParam("theme") String theme) {
        return acrossYears.compare(code, theme);
    }
}
