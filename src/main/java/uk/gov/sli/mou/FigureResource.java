package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.audit.FigureHistory;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.security.Roles;

@Path("/api/years/{id}/figures/{code}/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    public record FigureView(String code, String quarter, BigDecimal value, String commentary, Rag ragOverride,
            String ragReason, Long version) {
        public static FigureView of(String code, Quarter quarter, QuarterlyFigure f) {
            return f == null
                    ? new FigureView(code, quarter.name(), null, null, null, null, null)
                    : new FigureView(code, quarter.name(), DeliverablesService.plain(f.value), f.commentary,
                            f.ragOverride, f.ragReason, f.version);
        }
    }

    @Inject
    FigureEditor editor;

    @Inject
    FigureHistory history;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    @Operation(summary = "One target's figure for a quarter, with its version")
    public FigureView get(@PathParam("id") String id, @PathParam("code") String code, @PathParam("quarter") String quarter) {
        Quarter q = Quarter.parse(quarter);
        return FigureView.of(code, q, Years.requireTarget(id, code).figure(q).orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    @Operation(summary = "Set one target's figure for a quarter (editor)",
            description = "Body {\"value\",\"commentary\",\"version\"} and optionally \"ragOverride\" (GREEN/AMBER/RED, or null to clear) "
                    + "with \"ragReason\". version is the one last read (null for a figure not yet created); "
                    + "a stale version gets 409 and changes nothing.")
    public FigureView put(@PathParam("id") String id, @PathParam("code") String code, @PathParam("quarter") String quarter,
            JsonNode body) {
        Quarter q = Quarter.parse(quarter);
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("a JSON object with value, commentary and version is required");
        }
        Target target = Years.requireTarget(id, code);
        FigureChange.Field<Rag> override = FigureChange.Field.keep();
        FigureChange.Field<String> reason = FigureChange.Field.keep();
        if (body.has("ragOverride")) {
            Rag rag = text(body, "ragOverride") == null ? null : Rag.parseOverride(text(body, "ragOverride"));
            override = FigureChange.Field.of(rag);
            reason = FigureChange.Field.of(rag == null ? null : text(body, "ragReason"));
        }
        QuarterlyFigure saved = editor.apply(new FigureChange(target, q, 0,
                FigureChange.Field.of(number(body, "value")),
                FigureChange.Field.of(text(body, "commentary")),
                override, reason,
                FigureChange.Field.of(body.hasNonNull("version") ? body.get("version").asLong() : null)));
        return FigureView.of(code, q, saved);
    }

    @GET
    @Path("/history")
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    @Operation(summary = "Every change to this figure and its override, and the quarter's sign-offs, oldest first")
    public List<FigureHistory.Entry> history(@PathParam("id") String id, @PathParam("code") String code,
            @PathParam("quarter") String quarter) {
        return history.forQuarter(Years.requireTarget(id, code), Quarter.parse(quarter));
    }

    private static BigDecimal number(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number or null");
        }
        if (node.decimalValue().signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return node.decimalValue();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
