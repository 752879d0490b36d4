package uk.gov.sli.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.gov.sli.platform.config.SliConfig;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.ReturnRules;
import uk.gov.sli.rules.ReturnRules.Kind;
import uk.gov.sli.rules.ReturnRules.State;

/**
 * Reminders by email: to each owner with open items when a return opens, three days before it is due, the day after
 * it is missed and then weekly, and when an item is returned; one email per owner listing their items with links.
 * Each reminder is a row first (unique per owner, return, kind and occasion, so however many instances try, one
 * row, one email), then sent by a job that claims rows one at a time, retries failures later and never holds up a
 * request. With no SMTP host configured nothing is sent, and the outbox page shows what would have been.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);
    private static final int MAX_ATTEMPTS = 10;
    private static final String QUEUE = """
            insert into reminder (return_id, username, email, kind, occasion, created_at, subject, body)
            select ?1, ?2, u.email, ?3, ?4, ?5, ?6, ?7 from app_user u where u.username = ?2
            on conflict (return_id, username, kind, occasion) do nothing""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SliConfig config;

    @Inject
    ReactiveMailer mailer;

    @Inject
    io.vertx.core.Vertx vertx;

    /** The event loop every send starts on (see {@link #deliver}). */
    private io.vertx.core.Context mailContext;

    /** Longest a send may take before it counts as failed (a send can otherwise wait on a dead connection for good). */
    static final java.time.Duration SEND_TIMEOUT = java.time.Duration.ofSeconds(20);

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** Sends off the request's thread, one batch at a time, with no request or transaction context of its own. */
    private final java.util.concurrent.ExecutorService sender = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reminder-sender");
        thread.setDaemon(true);
        return thread;
    });

    /** The return has opened: every owner with items hears of them. */
    void opened(QuarterlyReturn ret) {
        for (String owner : owners(ret, null)) {
            queue(ret, owner, Kind.OPENED, ret.openedAt.toLocalDate().toString());
        }
        sendSoon();
    }

    /** An item went back to its owner. */
    void returned(ReturnItem item) {
        if (item.target.owner != null) {
            queue(item.quarterlyReturn, item.target.owner, Kind.RETURNED, "item-" + item.id + "-" + clock.millis());
            sendSoon();
        }
    }

    /** The scheduled reminders due today for a return; how many were queued now (0 when sent already). */
    @Transactional
    public int remind(String yearId, Quarter quarter) {
        QuarterlyReturn ret = ReturnService.require(yearId, quarter);
        int queued = remindDue(ret);
        sendSoon();
        return queued;
    }

    /** Once a day, for every return. */
    @Scheduled(cron = "{sli.returns.reminder-cron}", identity = "return-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        QuarkusTransaction.requiringNew().run(() -> QuarterlyReturn.<QuarterlyReturn>listAll().forEach(this::remindDue));
        sendPending();
    }

    /** Now and then, whatever is waiting or failed before. */
    @Scheduled(every = "60s", delayed = "30s", identity = "reminder-outbox",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        sendPending();
    }

    private int remindDue(QuarterlyReturn ret) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int queued = 0;
        for (ReturnRules.Due due : ReturnRules.scheduledOn(ret.due, today)) {
            for (String owner : owners(ret, ReturnService.open())) {
                queued += queue(ret, owner, due.kind(), due.occasion().toString());
            }
        }
        return queued;
    }

    private List<String> owners(QuarterlyReturn ret, java.util.Set<State> states) {
        return ReturnService.items(ret).stream()
                .filter(i -> i.target.owner != null && (states == null || states.contains(i.state)))
                .map(i -> i.target.owner).distinct().sorted().toList();
    }

    /** One row per owner, return, kind and occasion: the database decides, on every instance alike. */
    private int queue(QuarterlyReturn ret, String owner, Kind kind, String occasion) {
        List<ReturnItem> items = ReturnService.items(ret).stream()
                .filter(i -> owner.equals(i.target.owner) && (kind == Kind.OPENED || i.state != State.ACCEPTED)).toList();
        if (items.isEmpty()) {
            return 0;
        }
        String subject = subject(ret, kind);
        return em.createNativeQuery(QUEUE).setParameter(1, ret.id).setParameter(2, owner).setParameter(3, kind.name())
                .setParameter(4, occasion).setParameter(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(6, subject).setParameter(7, body(ret, kind, owner, items)).executeUpdate();
    }

    private String subject(QuarterlyReturn ret, Kind kind) {
        String which = ret.quarter().name() + " " + ret.yearId.replace('-', '/') + " return";
        return switch (kind) {
            case OPENED -> "The " + which + " is open: due " + ret.due;
            case DUE_SOON -> "Reminder: the " + which + " is due on " + ret.due;
            case OVERDUE -> "Overdue: the " + which + " was due on " + ret.due;
            case RETURNED -> "Returned to you: an item of the " + which;
        };
    }

    private String body(QuarterlyReturn ret, Kind kind, String owner, List<ReturnItem> items) {
        String base = config.publicUrl();
        StringBuilder body = new StringBuilder("Hello ").append(owner).append(",\n\n");
        body.append(switch (kind) {
            case OPENED -> "The " + ret.quarter().name() + " return is open. Please report these targets by " + ret.due + ":";
            case DUE_SOON -> "These targets are due on " + ret.due + ":";
            case OVERDUE -> "These targets were due on " + ret.due + " and are still with you:";
            case RETURNED -> "The head of improvement has returned an item to you:";
        }).append("\n\n");
        Map<String, String> lines = new TreeMap<>();
        for (ReturnItem item : items) {
            if (kind == Kind.RETURNED && item.state != State.RETURNED) {
                continue;
            }
            lines.put(item.target.code, "- " + item.target.code + " " + item.target.title + " ("
                    + item.state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"
                    + (item.state == State.RETURNED && item.comment != null ? "\n  Comment: " + item.comment : "")
                    + "\n  " + base + "/my-return/" + ret.yearId + "/" + ret.quarter().name() + "/" + item.target.code);
        }
        body.append(lines.values().stream().collect(Collectors.joining("\n")));
        body.append("\n\nEverything due from you: ").append(base).append("/my-return\n");
        return body.toString();
    }

    /** Once this transaction has committed (so the rows are there to claim), off the request's thread. */
    private void sendSoon() {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    sender.submit(Reminders.this::sendPending);
                }
            }
        });
    }

    /**
     * Claims unsent rows one at a time in id order (skipping any another instance holds) and sends each. A failure
     * waits for the next pass, and the pass goes on to the rows after it, so one bad address delays nobody else.
     */
    public void sendPending() {
        if (!mailConfigured()) {
            return;
        }
        long[] after = { 0 };
        for (int i = 0; i < 1000; i++) {
            boolean more = QuarkusTransaction.requiringNew().call(() -> {
                List<Reminder> next = em.createNativeQuery("select * from reminder where sent_at is null and attempts < ?1 "
                        + "and id > ?2 order by id limit 1 for update skip locked", Reminder.class).setParameter(1, MAX_ATTEMPTS)
                        .setParameter(2, after[0]).getResultList();
                if (next.isEmpty()) {
                    return false;
                }
                Reminder reminder = next.get(0);
                after[0] = reminder.id;
                reminder.attempts++;
                if (reminder.email == null || reminder.email.isBlank()) {
                    reminder.lastError = "no email address for " + reminder.username;
                    reminder.attempts = MAX_ATTEMPTS;
                    return true;
                }
                try {
                    deliver(reminder);
                    reminder.sentAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                    reminder.lastError = null;
                } catch (RuntimeException e) {
                    reminder.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                    LOG.warnf("Reminder %d to %s not sent (attempt %d): %s", reminder.id, reminder.username,
                            reminder.attempts, reminder.lastError);
                }
                return true;
            });
            if (!more) {
                return;
            }
        }
    }

    /**
     * Sends one reminder on a connection of its own (the mailer keeps none between sends), waiting at most
     * {@link #SEND_TIMEOUT}. A failure, a timeout included, is left to the next pass rather than tried again at once:
     * after a timeout the mail may have gone.
     * <p>
     * The send starts on one Vert.x event loop ({@link #mailContext}), not on this plain thread. Started here, the
     * mail client opened the socket on one event loop and began reading it from another, so now and then the server's
     * greeting arrived before anything read it, was dropped, and the send waited for it until the timeout (seen in
     * the tests as a reminder that hung for 20 s and held up every reminder behind it).
     */
    private void deliver(Reminder reminder) {
        mailer.send(Mail.withText(reminder.email, reminder.subject, reminder.body))
                .runSubscriptionOn(command -> mailContext.runOnContext(ignored -> command.run()))
                .await().atMost(SEND_TIMEOUT);
    }

    /** An event-loop context of the sends' own: made on the sender's plain thread, so it is no request's context. */
    @jakarta.annotation.PostConstruct
    void createMailContext() throws InterruptedException, java.util.concurrent.ExecutionException {
        mailContext = sender.submit(vertx::getOrCreateContext).get();
    }

    /** Whether an SMTP host was configured (QUARKUS_MAILER_HOST), rather than left to the default. */
    public static boolean mailConfigured() {
        var host = ConfigProvider.getConfig().getConfigValue("quarkus.mailer.host");
        return host.getValue() != null && !host.getValue().isBlank() && host.getSourceOrdinal() > 100;
    }

    @Transactional
    public List<Reminder> outbox() {
        return Reminder.list("order by id desc");
    }
}
