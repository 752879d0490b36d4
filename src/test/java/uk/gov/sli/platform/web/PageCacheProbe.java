package uk.gov.sli.platform.web;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;

/**
 * Test-only pages answered through {@link PageCache}, one with a form token and one without, counting their renders.
 * No page of the service puts a form token on a page it keeps today; this pins what happens when one does.
 */
@Path("/test-only/page-cache")
@RolesAllowed(Roles.VIEWER)
public class PageCacheProbe {

    static final AtomicInteger RENDERS = new AtomicInteger();

    @Inject
    PageCache pages;

    @Inject
    FormToken formToken;

    @GET
    @Path("with-form")
    @Operation(hidden = true)
    public Response withForm(@Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(uri, headers, () -> "<form><input type=\"hidden\" value=\"" + formToken.token() + "\"></form>");
    }

    @GET
    @Path("without-form")
    @Operation(hidden = true)
    public Response withoutForm(@Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(uri, headers, () -> "<p>the same for every viewer</p>");
    }

    @GET
    @Path("larger-than-kept")
    @Operation(hidden = true)
    public Response largerThanKept(@Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(uri, headers, () -> "<p>" + "x".repeat(PageCache.LARGEST_KEPT) + "</p>");
    }

    private Response answer(UriInfo uri, HttpHeaders headers, Supplier<String> page) {
        return pages.answer(headers, PageCache.address(uri), "probe-1", MediaType.TEXT_HTML_TYPE, () -> {
            RENDERS.incrementAndGet();
            return page.get();
        });
    }
}
