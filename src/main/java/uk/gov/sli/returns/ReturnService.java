package uk.gov.sli.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import uk.gov.sli.mou.FigureChanged;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.mou.Target;
import uk.gov.sli.platform.audit.RevisionUserListener;
import uk.gov.sli.platform.security.CurrentUser;
import uk.gov.sli.rules.ConflictException;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.ReturnRules;
import uk.gov.sli.rules.ReturnRules.State;
import uk.gov.sli.signoff.SignOffCheck;

/**
 * The quarterly return: an admin opens a quarter with a due date; each target's owner drafts and submits; the head
 * of improvement accepts or returns each item with a comment. Every transition is recorded with who and when.
 */
@ApplicationScoped
public class ReturnService implements SignOffCheck {

    /** One target's line in the tracker. */
    public record ItemView(String code, String title, boolean key, String owner, State state, OffsetDateTime submittedAt,
            String reviewedBy, String comment, boolean overdue) {
    }

    /** A quarter's return: its due date, every target's item, and the counts by state. */
    public record ReturnView(String year, String yearLabel, String quarter, LocalDate due, List<ItemView> targets, Map<State, Long> counts) {
    }

    /** An item due from the signed-in owner. */
    public record MyItem(String year, String yearLabel, String quarter, LocalDate due, boolean overdue, String code,
            String title, State state, String comment) {
    }

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Reminders reminders;

    @Transactional
    public ReturnView open(String yearId, Quarter quarter, String dueText) {
        MouYear.require(yearId);
        LocalDate due = date(dueText);
        if (QuarterlyReturn.find(yearId, quarter).isPresent()) {
            throw new ConflictException(quarter + " of " + yearId + " has a return open already");
        }
        QuarterlyReturn opened = new QuarterlyReturn();
        opened.yearId = yearId;
        opened.quarter = (short) quarter.number();
        opened.due = due;
        opened.openedBy = RevisionUserListener.currentUser();
        opened.openedAt = now();
        opened.persist();
        // Items first, then their events, each as batches of inserts (ids from sequences, 50 at a time); the targets
        // as references, not read: the transaction need not carry a year of them.
        List<ReturnItem> items = new java.util.ArrayList<>();
        for (Long targetId : Target.getEntityManager().createQuery(
                "select t.id from Target t where t.yearId = ?1 order by t.displayOrder", Long.class)
                .setParameter(1, yearId).getResultList()) {
            ReturnItem item = new ReturnItem();
            item.quarterlyReturn = opened;
            item.target = Target.getEntityManager().getReference(Target.class, targetId);
            item.persist();
            items.add(item);
        }
        items.forEach(item -> record(item, null, State.NOT_STARTED, null));
        reminders.opened(opened);
        return view(yearId, quarter);
    }

    /** A due date as written, such as 2016-01-08. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("due", "a due date is required, such as {\"due\":\"2016-01-08\"}");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("due", "due must be a date such as 2016-01-08");
        }
    }

    @Transactional
    public ReturnView view(String yearId, Quarter quarter) {
        QuarterlyReturn ret = require(yearId, quarter);
        LocalDate today = today();
        List<ItemView> items = items(ret).stream().map(i -> new ItemView(i.target.code, i.target.title, i.target.keyTarget,
                i.target.owner, i.state, i.submittedAt, i.reviewedBy, i.comment,
                ReturnRules.overdue(i.state, ret.due, today))).toList();
        Map<State, Long> counts = new LinkedHashMap<>();
        for (State state : State.values()) {
            counts.put(state, items.stream().filter(i -> i.state() == state).count());
        }
        return new ReturnView(yearId, label(yearId), quarter.name(), ret.due, items, counts);
    }

    /** The owner (or an editor) hands the item in for review. */
    @Transactional
    public ItemView submit(String yearId, Quarter quarter, String code) {
        ReturnItem item = item(yearId, quarter, code);
        if (!currentUser.mayReport(item.target.owner)) {
            throw new ForbiddenException("only the owner of " + code + " or an editor submits it");
        }
        State next = transition(item, () -> ReturnRules.submit(item.state));
        item.submittedAt = now();
        item.submittedBy = currentUser.name();
        record(item, item.state, next, null);
        item.state = next;
        return itemView(item);
    }

    @Transactional
    public ItemView accept(String yearId, Quarter quarter, String code) {
        ReturnItem item = item(yearId, quarter, code);
        State next = transition(item, () -> ReturnRules.accept(item.state));
        review(item, next, null);
        return itemView(item);
    }

    /** Back to the owner with what needs to change; the owner is told by email. */
    @Transactional
    public ItemView sendBack(String yearId, Quarter quarter, String code, String comment) {
        ReturnItem item = item(yearId, quarter, code);
        State next = transition(item, () -> ReturnRules.sendBack(item.state, comment));
        review(item, next, uk.gov.sli.tables.Text.checkControls(comment.trim()));
        reminders.returned(item);
        return itemView(item);
    }

    /** The year as people write it (2015/16, or the label it was given). */
    public static String label(String yearId) {
        return MouYear.require(yearId).label;
    }

    /** What is due from a user across every open return, overdue first, then by due date. */
    @Transactional
    public List<MyItem> mine(String username) {
        LocalDate today = today();
        List<ReturnItem> items = ReturnItem.list("""
                select i from ReturnItem i join fetch i.quarterlyReturn r join fetch i.target t
                where t.owner = ?1 and i.state <> ?2 order by r.due, r.yearId, r.quarter, t.displayOrder""",
                username, State.ACCEPTED);
        Map<String, String> labels = new java.util.HashMap<>();
        return items.stream().map(i -> new MyItem(i.quarterlyReturn.yearId,
                labels.computeIfAbsent(i.quarterlyReturn.yearId, ReturnService::label),
                i.quarterlyReturn.quarter().name(), i.quarterlyReturn.due,
                ReturnRules.overdue(i.state, i.quarterlyReturn.due, today), i.target.code, i.target.title, i.state,
                i.comment))
                .sorted(Comparator.comparing((MyItem i) -> !i.overdue())).toList();
    }

    /** The item of a target in a quarter's return, for the owner's form. */
    @Transactional
    public ItemView itemOf(String yearId, Quarter quarter, String code) {
        return itemView(item(yearId, quarter, code));
    }

    @Transactional
    public LocalDate dueDate(String yearId, Quarter quarter) {
        return require(yearId, quarter).due;
    }

    /** An entry of a figure or commentary makes its item a draft (rule of the return). */
    void onFigureChanged(@Observes FigureChanged changed) {
        QuarterlyReturn.find(changed.yearId(), changed.quarter()).ifPresent(ret -> {
            List<Long> ids = new java.util.ArrayList<>(changed.targetIds());
            for (int from = 0; from < ids.size(); from += 1000) {
                List<ReturnItem> items = ReturnItem.list("quarterlyReturn = ?1 and target.id in ?2", ret,
                        ids.subList(from, Math.min(ids.size(), from + 1000)));
                for (ReturnItem item : items) {
                    State next = ReturnRules.afterEdit(item.state);
                    if (next != item.state) {
                        record(item, item.state, next, null);
                        item.state = next;
                    }
                }
            }
        });
    }

    /** Key targets whose items are not accepted: signing the quarter off without them needs confirming. */
    @Override
    public List<String> unconfirmed(String yearId, Quarter quarter) {
        return QuarterlyReturn.find(yearId, quarter).map(ret -> items(ret).stream()
                .filter(i -> i.target.keyTarget && i.state != State.ACCEPTED)
                .map(i -> i.target.code + " (" + i.state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                .toList()).orElse(List.of());
    }

    /** Open returns (not signed off yet is the admin's call; every return stays open until its items are accepted). */
    @Transactional
    public List<QuarterlyReturn> openReturns() {
        return QuarterlyReturn.listAll();
    }

    private void review(ReturnItem item, State next, String comment) {
        item.reviewedAt = now();
        item.reviewedBy = currentUser.name();
        item.comment = comment;
        record(item, item.state, next, comment);
        item.state = next;
    }

    private static State transition(ReturnItem item, java.util.function.Supplier<State> rule) {
        try {
            return rule.get();
        } catch (ConflictException e) {
            throw new ConflictException(item.target.code + ": " + e.getMessage());
        }
    }

    private void record(ReturnItem item, State from, State to, String comment) {
        ReturnEvent event = new ReturnEvent();
        event.itemId = item.id;
        event.at = now();
        event.username = RevisionUserListener.currentUser();
        event.fromState = from;
        event.toState = to;
        event.comment = comment;
        event.persist();
    }

    private ItemView itemView(ReturnItem i) {
        return new ItemView(i.target.code, i.target.title, i.target.keyTarget, i.target.owner, i.state, i.submittedAt,
                i.reviewedBy, i.comment, ReturnRules.overdue(i.state, i.quarterlyReturn.due, today()));
    }

    static List<ReturnItem> items(QuarterlyReturn ret) {
        return ReturnItem.list("select i from ReturnItem i join fetch i.target t where i.quarterlyReturn = ?1 "
                + "order by t.displayOrder", ret);
    }

    private ReturnItem item(String yearId, Quarter quarter, String code) {
        QuarterlyReturn ret = require(yearId, quarter);
        ReturnItem item = ReturnItem.<ReturnItem>find("select i from ReturnItem i join fetch i.target t "
                + "where i.quarterlyReturn = ?1 and t.code = ?2", ret, code).firstResult();
        if (item == null) {
            throw new NotFoundException("No target '" + code + "' in the " + quarter + " return of " + yearId);
        }
        return item;
    }

    static QuarterlyReturn require(String yearId, Quarter quarter) {
        return QuarterlyReturn.find(yearId, quarter)
                .orElseThrow(() -> new NotFoundException("No return is open for " + quarter + " of " + yearId));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static Set<State> open() {
        return Set.of(State.NOT_STARTED, State.DRAFT, State.RETURNED);
    }
}
