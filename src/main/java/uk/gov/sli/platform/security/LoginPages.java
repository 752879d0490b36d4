package uk.gov.sli.platform.security;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Form login (Quarkus form authentication posts to /j_security_check) and sign-out. */
@Path("/")
public class LoginPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);

        static native TemplateInstance logout();
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut) {
        return Templates.login(error != null, signedOut != null);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    /**
     * The header's "Sign out" link opens this page, whose button signs out: the pages themselves then carry no form
     * token, so one user's page can be kept and served again from the data version.
     */
    @GET
    @Path("logout")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmLogout() {
        return Templates.logout();
    }

    /** Signing out ends the user's sessions on every instance, then clears the cookie. */
    @POST
    @Path("logout")
    @PermitAll
    public Response logout(@jakarta.ws.rs.core.Context io.vertx.ext.web.RoutingContext routing) {
        if (currentUser.signedIn()) {
            users.signOutEverywhere(currentUser.name(), SecurityEvent.Type.SIGN_OUT, ClientAddress.of(routing));
        }
        NewCookie expired = new NewCookie.Builder(cookieName).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/login?signed-out=true")).cookie(expired).build();
    }
}
