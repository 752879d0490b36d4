package uk.gov.sli.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly return: how a target's item moves between states, and which reminders fall due on a day.
 * NOT_STARTED until its figure or commentary is entered (DRAFT); the owner submits (SUBMITTED); the head of
 * improvement accepts it (ACCEPTED) or returns it with a comment (RETURNED), and a returned or accepted item that is
 * edited again is a draft once more.
 */
public final class ReturnRules {

    public enum State {
        NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

        /** Still with its owner: reminders chase it. */
        public boolean open() {
            return this == NOT_STARTED || this == DRAFT || this == RETURNED;
        }
    }

    /** The reminders a return sends. */
    public enum Kind {
        OPENED, DUE_SOON, OVERDUE, RETURNED
    }

    /** A reminder of a kind, for an occasion (the day it falls due), sent at most once. */
    public record Due(Kind kind, LocalDate occasion) {
    }

    public static final int DAYS_BEFORE = 3;
    public static final int OVERDUE_EVERY_DAYS = 7;

    private ReturnRules() {
    }

    /** Entering a figure or commentary makes the item a draft, unless it is awaiting review. */
    public static State afterEdit(State state) {
        return state == State.SUBMITTED ? State.SUBMITTED : State.DRAFT;
    }

    public static State submit(State state) {
        if (state == State.SUBMITTED || state == State.ACCEPTED) {
            throw new ConflictException("it is " + words(state) + " already");
        }
        return State.SUBMITTED;
    }

    public static State accept(State state) {
        if (state != State.SUBMITTED) {
            throw new ConflictException("only a submitted item can be accepted; it is " + words(state));
        }
        return State.ACCEPTED;
    }

    public static State sendBack(State state, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "say what needs to change when returning an item");
        }
        if (state != State.SUBMITTED && state != State.ACCEPTED) {
            throw new ConflictException("only a submitted or accepted item can be returned; it is " + words(state));
        }
        return State.RETURNED;
    }

    /**
     * The scheduled reminders due on {@code today} for a return due on {@code due}: three days before it, and the day
     * after it is missed and then every week. Each has its occasion, so sending it again the same day (or week) is
     * recognised as the same reminder.
     */
    public static List<Due> scheduledOn(LocalDate due, LocalDate today) {
        List<Due> reminders = new ArrayList<>();
        LocalDate soon = due.minusDays(DAYS_BEFORE);
        if (!today.isBefore(soon) && !today.isAfter(due)) {
            reminders.add(new Due(Kind.DUE_SOON, soon));
        }
        LocalDate firstOverdue = due.plusDays(1);
        if (!today.isBefore(firstOverdue)) {
            long weeks = (today.toEpochDay() - firstOverdue.toEpochDay()) / OVERDUE_EVERY_DAYS;
            reminders.add(new Due(Kind.OVERDUE, firstOverdue.plusDays(weeks * OVERDUE_EVERY_DAYS)));
        }
        return reminders;
    }

    public static boolean overdue(State state, LocalDate due, LocalDate today) {
        return state.open() && today.isAfter(due);
    }

    private static String words(State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
