package uk.gov.sli.platform.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The admin's list of security events: who signed in, who failed, who was locked out, what changed. */
@Path("/admin/security-events")
@Produces(MediaType.TEXT_HTML)
public class SecurityPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(List<SecurityEvent> events);
    }

    @Inject
    SecurityEvents events;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance list() {
        List<SecurityEvent> latest = new java.util.ArrayList<>(events.latest(500));
        return Templates.events(latest);
    }
}
