package uk.gov.sli.returns;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.gov.sli.mou.FigureForms;
import uk.gov.sli.platform.security.CurrentUser;
import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.rules.ConflictException;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.rules.ReturnRules.State;

/**
 * The quarterly return in the browser, without JavaScript: the owner's "My return" list and one form per target
 * (save a draft, submit); the head of improvement's tracker (filter, accept, return with a comment, remind); the
 * outbox. Post-redirect-get throughout; a bad entry is shown again with its message.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReturnPages {

    /** The form as typed, with any errors, and the problem if saving was refused. */
    public record Entry(String value, String commentary, String ragOverride, String ragReason, Map<String, String> errors,
            String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<ReturnService.MyItem> items);

        static native TemplateInstance item(ReturnForms.ItemPage page, Entry entry, boolean saved, List<Rag> overrides);

        static native TemplateInstance tracker(String year, Quarter quarter, ReturnService.ReturnView view,
                uk.gov.sli.platform.web.Paging<ReturnService.ItemView> shown, Set<String> states, String owner, List<String> owners,
                List<State> allStates, List<String> unaccepted);

        static native TemplateInstance open(String year, String yearLabel, Quarter quarter);

        static native TemplateInstance outbox(List<Reminder> reminders, boolean mailConfigured);
    }

    @Inject
    ReturnService returns;

    @Inject
    ReturnForms forms;

    @Inject
    FigureForms figures;

    @Inject
    Reminders reminders;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("my-return")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance mine() {
        return Templates.mine(returns.mine(currentUser.name()));
    }

    @GET
    @Path("my-return/{id}/{quarter}/{code}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    public TemplateInstance item(@PathParam("id") String id, @PathParam("quarter") String quarter,
            @PathParam("code") String code, @QueryParam("saved") String saved) {
        ReturnForms.ItemPage page = forms.page(id, Quarter.parse(quarter), code);
        var f = page.figure().figure();
        Entry entry = f == null ? new Entry("", "", "", "", Map.of(), null)
                : new Entry(f.value == null ? "" : uk.gov.sli.rules.Numbers.plain(f.value).toPlainString(),
                        f.commentary == null ? "" : f.commentary, f.ragOverride == null ? "" : f.ragOverride.name(),
                        f.ragReason == null ? "" : f.ragReason, Map.of(), null);
        return Templates.item(page, entry, saved != null, List.of(Rag.GREEN, Rag.AMBER, Rag.RED));
    }

    @POST
    @Path("my-return/{id}/{quarter}/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CONTRIBUTOR)
    public Response save(@PathParam("id") String id, @PathParam("quarter") String quarterParam, @PathParam("code") String code,
            @RestForm String value, @RestForm String commentary, @RestForm("rag_override") String ragOverride,
            @RestForm("rag_reason") String ragReason, @RestForm String version, @RestForm String action) {
        Quarter quarter = Quarter.parse(quarterParam);
        ReturnForms.ItemPage page = forms.page(id, quarter, code);
        boolean narrative = page.row().target() == null;
        if (narrative && (ragOverride == null || ragOverride.isBlank()) && "submit".equals(action)) {
            return shown(400, page, new Entry(value, commentary, ragOverride, ragReason,
                    Map.of("rag_override", "Propose the RAG status for this narrative target, with the reason"), null));
        }
        FigureForms.Entry read = figures.read(value, commentary, ragOverride, ragReason, version);
        Entry typed = new Entry(nz(value), nz(commentary), nz(ragOverride), nz(ragReason), read.errors(), null);
        if (!read.errors().isEmpty()) {
            return shown(400, page, typed);
        }
        try {
            figures.save(id, code, quarter, read);
            if ("submit".equals(action)) {
                returns.submit(id, quarter, code);
            }
        } catch (ConflictException e) {
            return shown(409, forms.page(id, quarter, code), new Entry(typed.value(), typed.commentary(), typed.ragOverride(),
                    typed.ragReason(), Map.of(), e.getMessage()));
        }
        return Response.seeOther(URI.create("/my-return/" + id + "/" + quarter + "/" + code + "?saved=" + nz(action))).build();
    }

    @GET
    @Path("years/{id}/returns/{quarter}")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance tracker(@PathParam("id") String id, @PathParam("quarter") String quarterParam,
            @QueryParam("state") List<String> states, @QueryParam("owner") String owner, @QueryParam("page") String page) {
        Quarter quarter = Quarter.parse(quarterParam);
        int pageNumber = uk.gov.sli.platform.web.Paging.page(page);
        ReturnService.ReturnView view;
        try {
            view = returns.view(id, quarter);
        } catch (jakarta.ws.rs.NotFoundException e) {
            return Templates.open(id, ReturnService.label(id), quarter);
        }
        Set<String> chosen = states == null ? Set.of() : states.stream().filter(s -> !s.isBlank()).collect(Collectors.toSet());
        List<ReturnService.ItemView> shown = view.targets().stream()
                .filter(i -> chosen.isEmpty() || chosen.contains(i.state().name()))
                .filter(i -> owner == null || owner.isBlank() || owner.equals(i.owner())).toList();
        List<String> owners = view.targets().stream().map(ReturnService.ItemView::owner).filter(o -> o != null)
                .distinct().sorted().toList();
        // Its filter, in the same order as the form sends it, for the links to the list's other pages.
        List<String> filter = new java.util.ArrayList<>();
        List.of(State.values()).stream().map(State::name).filter(chosen::contains).forEach(s -> filter.add("state=" + s));
        if (owner != null && !owner.isBlank()) {
            filter.add("owner=" + java.net.URLEncoder.encode(owner, java.nio.charset.StandardCharsets.UTF_8));
        }
        String base = "/years/" + id + "/returns/" + quarter.name() + (filter.isEmpty() ? "" : "?" + String.join("&", filter));
        var paging = uk.gov.sli.platform.web.Paging.of(shown, pageNumber, uk.gov.sli.platform.web.Paging.SIZE, base,
                "#tracker-caption");
        return Templates.tracker(id, quarter, view, paging, chosen, owner == null ? "" : owner, owners,
                List.of(State.values()), returns.unconfirmed(id, quarter));
    }

    @POST
    @Path("years/{id}/returns/{quarter}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response open(@PathParam("id") String id, @PathParam("quarter") String quarter, @RestForm String due) {
        returns.open(id, Quarter.parse(quarter), due);
        return back(id, quarter);
    }

    @POST
    @Path("years/{id}/returns/{quarter}/{code}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response accept(@PathParam("id") String id, @PathParam("quarter") String quarter, @PathParam("code") String code) {
        returns.accept(id, Quarter.parse(quarter), code);
        return back(id, quarter);
    }

    @POST
    @Path("years/{id}/returns/{quarter}/{code}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response sendBack(@PathParam("id") String id, @PathParam("quarter") String quarter,
            @PathParam("code") String code, @RestForm String comment) {
        returns.sendBack(id, Quarter.parse(quarter), code, comment);
        return back(id, quarter);
    }

    @POST
    @Path("years/{id}/returns/{quarter}/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response remind(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        reminders.remind(id, Quarter.parse(quarter));
        return Response.seeOther(URI.create("/admin/outbox")).build();
    }

    @GET
    @Path("admin/outbox")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance outbox() {
        return Templates.outbox(reminders.outbox(), Reminders.mailConfigured());
    }

    private static Response back(String id, String quarter) {
        return Response.seeOther(URI.create("/years/" + id + "/returns/" + Quarter.parse(quarter))).build();
    }

    private static Response shown(int status, ReturnForms.ItemPage page, Entry entry) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.item(page, entry, false, List.of(Rag.GREEN, Rag.AMBER, Rag.RED)).render()).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
