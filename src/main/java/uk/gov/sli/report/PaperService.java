package uk.gov.sli.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.MouYear;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.SignOffService;
import uk.gov.sli.signoff.SnapshotPart;
import uk.gov.sli.tables.Text;

/**
 * The board paper's own text per year and quarter, edited by editors (every change audited). A signed-off quarter's
 * paper is the one recorded in its snapshot.
 */
@ApplicationScoped
public class PaperService implements SnapshotPart {

    /** The paper's text as the API and the report see it; empty fields are null. */
    public record Paper(String meeting, String date, String agendaItem, String title, String purpose, String summary,
            String recommendation, String action, String contacts, String background, String performanceNarrative,
            String highlights, String financeNarrative, Long version) {

        /** The officer's highlights, one per line. */
        public List<String> highlightList() {
            return highlights == null ? List.of()
                    : Arrays.stream(highlights.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
        }

    }

    private static final Function<String, String> SHORT = Text.optional(200);
    private static final Function<String, String> LONG = Text.optional(20_000);

    @Inject
    SignOffService signOff;

    @Override
    public String name() {
        return "paper";
    }

    @Override
    public Object capture(String yearId, Quarter quarter) {
        return stored(yearId, quarter);
    }

    /** The paper for a quarter: from the snapshot when signed off, else as stored (all fields null when none). */
    @Transactional
    public Paper get(String yearId, Quarter quarter) {
        MouYear.require(yearId);
        return signOff.part(yearId, quarter, name(), Paper.class).orElseGet(() -> stored(yearId, quarter));
    }

    /** Replaces the paper's text; every field optional, a stale version refused. */
    @Transactional
    public Paper put(String yearId, Quarter quarter, JsonNode body) {
        MouYear.require(yearId);
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("a JSON object with the paper's fields is required");
        }
        signOff.holdOpen(yearId, List.of(quarter));
        BoardPaper paper = BoardPaper.find(yearId, quarter).orElseGet(() -> {
            BoardPaper created = new BoardPaper();
            created.yearId = yearId;
            created.quarter = (short) quarter.number();
            return created;
        });
        JsonNode version = body.get("version");
        if (paper.id != null && version != null && !version.isNull() && version.asLong(-1) != paper.version) {
            throw new uk.gov.sli.rules.ConflictException("The paper was changed by someone else since you loaded it; "
                    + "nothing was saved", stored(yearId, quarter));
        }
        paper.meeting = text(body, "meeting", SHORT);
        paper.date = text(body, "date", SHORT);
        paper.agendaItem = text(body, "agendaItem", SHORT);
        paper.title = text(body, "title", SHORT);
        paper.purpose = text(body, "purpose", LONG);
        paper.summary = text(body, "summary", LONG);
        paper.recommendation = text(body, "recommendation", LONG);
        paper.action = text(body, "action", LONG);
        paper.contacts = text(body, "contacts", LONG);
        paper.background = text(body, "background", LONG);
        paper.performanceNarrative = text(body, "performanceNarrative", LONG);
        paper.highlights = text(body, "highlights", LONG);
        paper.financeNarrative = text(body, "financeNarrative", LONG);
        if (paper.id == null) {
            paper.persist();
        }
        BoardPaper.getEntityManager().flush();
        return view(paper);
    }

    /** The same from a form's fields. */
    @Transactional
    public Paper put(String yearId, Quarter quarter, Map<String, String> fields) {
        com.fasterxml.jackson.databind.node.ObjectNode body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        fields.forEach(body::put);
        return put(yearId, quarter, body);
    }

    Paper stored(String yearId, Quarter quarter) {
        return BoardPaper.find(yearId, quarter).map(PaperService::view)
                .orElse(new Paper(null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    private static Paper view(BoardPaper p) {
        return new Paper(p.meeting, p.date, p.agendaItem, p.title, p.purpose, p.summary, p.recommendation, p.action,
                p.contacts, p.background, p.performanceNarrative, p.highlights, p.financeNarrative, p.version);
    }

    private static String text(JsonNode body, String field, Function<String, String> limit) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field, field + " must be text or null");
        }
        try {
            return limit.apply(node.asText().strip());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, field + " " + e.getMessage());
        }
    }
}
