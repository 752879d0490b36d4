package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.FigureService.FigureView;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Overrides;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.signoff.SignOffService;
import uk.gov.sli.signoff.SignedOff;

/**
 * One target's quarter as people and scripts enter it: the edit form's fields and the API's JSON, read by the same
 * rules as an import's cells (rule 11 for the value, rule 5 for an override's reason) before anything is stored.
 */
@ApplicationScoped
public class FigureForms {

    /** The form's fields as typed, read; {@code errors} names each bad field. */
    public record Entry(BigDecimal value, String commentary, Rag ragOverride, String ragReason, Long version,
            Map<String, String> errors) {
    }

    /** What the edit form is about: the year, the target, its figure for the quarter, and any sign-off. */
    public record Page(MouYear year, Target target, Quarter quarter, QuarterlyFigure figure, String signedOff) {
    }

    /** The same limits as the figures import's commentary and reason cells. */
    private static final java.util.function.Function<String, String> TEXT = uk.gov.sli.tables.Text.optional(20_000);

    @Inject
    FigureService figures;

    @Inject
    SignOffService signOff;

    @Inject
    uk.gov.sli.platform.security.CurrentUser currentUser;

    /** A contributor reports only the targets it owns (403 elsewhere); an editor any target. */
    Target mayReport(Target target) {
        if (!currentUser.mayReport(target.owner)) {
            throw new io.quarkus.security.ForbiddenException("only " + (target.owner == null ? "an editor" : target.owner
                    + " (its owner) or an editor") + " reports " + target.code);
        }
        return target;
    }

    @Transactional
    public Page page(String yearId, String code, Quarter quarter) {
        Target target = mayReport(Target.require(yearId, code));
        org.hibernate.Hibernate.initialize(target.theme);
        return new Page(MouYear.require(yearId), target, quarter, target.figure(quarter).orElse(null),
                signOff.signedOff(yearId, quarter).map(SignedOff::statement).orElse(null));
    }

    @Transactional
    public MouYear year(String yearId) {
        return MouYear.require(yearId);
    }

    /** Reads the edit form; every bad field gets a message and nothing is stored. */
    public Entry read(String value, String commentary, String ragOverride, String ragReason, String version) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal number = null;
        try {
            number = Numbers.parseOrNone(value, Numbers.Range.FIGURE);
        } catch (InvalidInputException e) {
            // The range is said once: the parser's own "; expected ..." would repeat it.
            String what = e.getMessage().replace("; expected " + Numbers.Range.FIGURE.description(), "");
            errors.put("value", "Enter " + Numbers.Range.FIGURE.description() + ", or leave it empty if not reported ("
                    + what + ")");
        }
        Rag override = null;
        if (ragOverride != null && !ragOverride.isBlank()) {
            try {
                override = Rag.parseOverride(ragOverride);
            } catch (InvalidInputException e) {
                errors.put("rag_override", e.getMessage());
            }
        }
        String reason = null;
        try {
            reason = Overrides.reasonFor(override, ragReason);
        } catch (InvalidInputException e) {
            errors.put("rag_reason", "Give the reason for overriding the computed RAG status");
        }
        Long expected = null;
        if (version != null && !version.isBlank()) {
            try {
                expected = Long.valueOf(version.trim());
            } catch (NumberFormatException e) {
                errors.put("version", "The form is out of date; reload the page");
            }
        }
        String text = null;
        try {
            text = commentary == null || commentary.isBlank() ? null : TEXT.apply(commentary.trim());
        } catch (InvalidInputException e) {
            errors.put("commentary", "The commentary " + e.getMessage());
        }
        return new Entry(number, text, override, reason, expected, errors);
    }

    /** Saves a form entry already read without errors. */
    @Transactional
    public QuarterlyFigure save(String yearId, String code, Quarter quarter, Entry entry) {
        return figures.apply(new FigureChange(mayReport(Target.require(yearId, code)), quarter, FigureChange.Field.of(entry.value()),
                FigureChange.Field.of(entry.commentary()), FigureChange.Field.of(entry.ragOverride()),
                FigureChange.Field.of(entry.ragReason()), FigureChange.Field.of(entry.version())));
    }

    /** The API's JSON: each field of the right type or a 400 naming it, never a default. */
    @Transactional
    public FigureView saveJson(String yearId, String code, Quarter quarter, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("a JSON object with value, commentary and version is required");
        }
        Target target = mayReport(Target.require(yearId, code));
        BigDecimal value = number(body.get("value"));
        String commentary = text(body, "commentary");
        Long version = version(body.get("version"));
        FigureChange.Field<Rag> override = FigureChange.Field.keep();
        FigureChange.Field<String> reason = FigureChange.Field.keep();
        if (body.has("ragOverride")) {
            String text = text(body, "ragOverride");
            Rag rag = text == null ? null : Rag.parseOverride(text);
            override = FigureChange.Field.of(rag);
            reason = FigureChange.Field.of(Overrides.reasonFor(rag, text(body, "ragReason")));
        }
        QuarterlyFigure saved = figures.apply(new FigureChange(target, quarter, FigureChange.Field.of(value),
                FigureChange.Field.of(commentary), override, reason, FigureChange.Field.of(version)));
        return FigureView.of(code, quarter, saved);
    }

    private static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            try {
                return Numbers.check(node.decimalValue(), Numbers.Range.FIGURE);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("value", "value " + e.getMessage());
            }
        }
        if (node.isTextual()) {
            try {
                return Numbers.parseOrNone(node.asText(), Numbers.Range.FIGURE);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("value", "value " + e.getMessage());
            }
        }
        throw new InvalidInputException("value", "value must be a number or null");
    }

    private static Long version(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidInputException("version", "version must be the whole number last read, or null");
        }
        return node.longValue();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, field + " must be text or null");
        }
        try {
            return node.asText().isBlank() ? null : TEXT.apply(node.asText());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, field + " " + e.getMessage());
        }
    }
}
