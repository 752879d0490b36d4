package uk.gov.sli.returns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Pages;
import uk.gov.sli.testing.SmtpServer;
import uk.gov.sli.testing.TestYears;

/** The quarterly return, end to end, with a real SMTP server: open, draft, submit, return, resubmit, accept, remind. */
@QuarkusTest
class QuarterlyReturnTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Inject
    EntityManager em;

    String year;
    String alice;
    String bob;

    @BeforeEach
    void aYearWithOwnedTargets() {
        int n = RUN.incrementAndGet();
        alice = "alice" + n;
        bob = "bob" + n;
        for (String owner : new String[] { alice, bob }) {
            As.admin().contentType(ContentType.JSON).body("{\"password\":\"" + owner + "-good-password\",\"role\":\"contributor\","
                    + "\"email\":\"" + owner + "@example.gov.uk\"}").put("/api/users/" + owner).then().statusCode(201);
        }
        year = TestYears.create("DCLG", """
                code,theme,title,description,target,measure,key,owner
                R-01,Peer Work,Peer challenges,Deliver at least 100 peer challenges,100,cumulative,true,%s
                R-02,Efficiency,Shared services map,Promote good practice in shared services,,cumulative,true,%s
                R-03,Leadership,Councillors trained,Train at least 500 councillors,500,cumulative,true,%s
                """.formatted(alice, alice, bob));
    }

    private RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-good-password");
    }

    private static List<MimeMessage> mailTo(String user) throws Exception {
        return Arrays.stream(SmtpServer.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(user + "@example.gov.uk"));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static List<MimeMessage> awaitMail(String user, int count) throws Exception {
        for (int i = 0; i < 100 && mailTo(user).size() < count; i++) {
            Thread.sleep(100);
        }
        return mailTo(user);
    }

    @Test
    void anOwnerDraftsSubmitsIsReturnedResubmitsAndIsAccepted() throws Exception {
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"" + due + "\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200).body("due", equalTo(due)).body("targets", hasSize(3))
                .body("targets.state", contains("NOT_STARTED", "NOT_STARTED", "NOT_STARTED"))
                .body("targets.find { it.code == 'R-01' }.owner", equalTo(alice));

        List<MimeMessage> opened = awaitMail(alice, 1);
        assertEquals(1, opened.size(), "one email listing both of alice's targets");
        String body = GreenMailUtil.getBody(opened.get(0));
        assertTrue(opened.get(0).getSubject().contains("Q1") && opened.get(0).getSubject().contains(due), opened.get(0).getSubject());
        assertTrue(body.contains("/my-return/" + year + "/Q1/R-01") && body.contains("/my-return/" + year + "/Q1/R-02"), body);

        as(alice).get("/api/me/returns").then().statusCode(200).body("code", contains("R-01", "R-02"))
                .body("due", hasItem(due));

        // Draft through the page, without JavaScript: the form posts and the page shows where it stands.
        Pages.submitAs(alice, alice + "-good-password", "/my-return/" + year + "/Q1/R-01", "value", "18", "commentary", "Slow start", "version", "",
                "action", "save").then().statusCode(303);
        As.viewer().get("/api/years/" + year + "/returns/Q1").then().body("targets.find { it.code == 'R-01' }.state", equalTo("DRAFT"));
        String page = given().cookie("quarkus-credential", Pages.login(alice, alice + "-good-password"))
                .get("/my-return/" + year + "/Q1/R-01?saved=save").asString();
        assertTrue(page.contains("Draft saved.") && page.contains("id=\"total\">18<"), "the saved figure makes the total");
        assertTrue(page.contains("Deliver at least 100 peer challenges"), "the MoU text is on the form");

        as(alice).contentType(ContentType.JSON).post("/api/years/" + year + "/returns/Q1/R-01/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        As.admin().contentType(ContentType.JSON).body("{\"comment\":\"18 looks low against the pipeline; check with the team\"}")
                .post("/api/years/" + year + "/returns/Q1/R-01/return").then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("reviewedBy", equalTo("admin"));
        List<MimeMessage> returned = awaitMail(alice, 2);
        assertTrue(returned.stream().anyMatch(m -> GreenMailUtil.getBody(m).contains("18 looks low against the pipeline")),
                "the returned email carries the comment");

        as(alice).contentType(ContentType.JSON).body("{\"value\":19,\"commentary\":\"Checked: 19\",\"version\":0}")
                .put("/api/years/" + year + "/figures/R-01/Q1").then().statusCode(200);
        As.viewer().get("/api/years/" + year + "/returns/Q1").then().body("targets.find { it.code == 'R-01' }.state", equalTo("DRAFT"));
        as(alice).contentType(ContentType.JSON).post("/api/years/" + year + "/returns/Q1/R-01/submit").then().statusCode(200);
        As.admin().contentType(ContentType.JSON).post("/api/years/" + year + "/returns/Q1/R-01/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"));

        QuarkusTransaction.requiringNew().run(() -> {
            List<?> trail = em.createNativeQuery("select e.username || ':' || e.to_state from return_event e join return_item i "
                    + "on i.id = e.item_id join target t on t.id = i.target_id where t.year_id = ?1 and t.code = 'R-01' "
                    + "order by e.id").setParameter(1, year).getResultList();
            assertEquals(List.of("admin:NOT_STARTED", alice + ":DRAFT", alice + ":SUBMITTED", "admin:RETURNED",
                    alice + ":DRAFT", alice + ":SUBMITTED", "admin:ACCEPTED"), trail);
        });
    }

    @Test
    void aLongReturnIsListedAPageAtATimeAndItsLinksKeepTheFilter() {
        StringBuilder csv = new StringBuilder("code,theme,title,target,measure,key,owner\n");
        for (int t = 1; t <= 450; t++) {
            csv.append(String.format("L-%03d,Theme,Target %d,%d,cumulative,true,%s%n", t, t, t, t % 2 == 0 ? alice : bob));
        }
        String long450 = TestYears.create("DCLG", csv.toString());
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"2016-07-08\"}").post("/api/years/" + long450 + "/returns/Q1")
                .then().statusCode(200);
        String base = "/years/" + long450 + "/returns/Q1";
        String first = As.admin().get(base).then().statusCode(200)
                .body(containsString("Targets 1 to 200 of 450"))
                .body(containsString("href=\"" + base + "?page=2#tracker-caption\" rel=\"next\""))
                .extract().asString();
        assertEquals(200, first.split("<tr class=\"govuk-table__row\" data-code=").length - 1);
        String last = As.admin().get(base + "?page=3").then().statusCode(200).body(containsString("Targets 401 to 450 of 450"))
                .extract().asString();
        assertEquals(50, last.split("<tr class=\"govuk-table__row\" data-code=").length - 1);
        As.admin().queryParam("owner", alice).queryParam("state", "NOT_STARTED").get(base).then().statusCode(200)
                .body(containsString("Targets 1 to 200 of the 225 matching, of 450"))
                .body(containsString("href=\"" + base + "?state=NOT_STARTED&amp;owner=" + alice + "&amp;page=2#tracker-caption\""));
        As.admin().get(base + "?page=nine").then().statusCode(400);
        // Signing off names the first ten key targets not yet accepted, not all 450.
        As.admin().get(base).then().body(containsString("450 key targets not yet accepted, among them: L-001 (not started); "))
                .body(containsString("L-010 (not started); and 440 more (the list above, filtered by status, shows them all)."))
                .body(not(containsString("L-011 (not started)")));
    }

    @Test
    void theTrackerAndTheOpeningPageNameTheYearAsPeopleWriteIt() {
        String label = year.substring(0, 4) + "/" + year.substring(5);
        As.admin().get("/years/" + year + "/returns/Q2").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Q2 return for " + label))
                .body(org.hamcrest.Matchers.containsString("No return is open for Q2 of " + label));
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"2030-04-08\"}").post("/api/years/" + year + "/returns/Q2")
                .then().statusCode(org.hamcrest.Matchers.lessThan(300));
        As.admin().get("/years/" + year + "/returns/Q2").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Q2 return for " + label))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("return · " + year)));
    }

    @Test
    void aContributorIsRefusedOnATargetItDoesNotOwn() {
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"2030-01-08\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200);
        as(alice).contentType(ContentType.JSON).body("{\"value\":5,\"commentary\":null,\"version\":null}")
                .put("/api/years/" + year + "/figures/R-03/Q1").then().statusCode(403);
        as(alice).contentType(ContentType.JSON).post("/api/years/" + year + "/returns/Q1/R-03/submit").then().statusCode(403);
        String session = Pages.login(alice, alice + "-good-password");
        given().cookie("quarkus-credential", session).get("/my-return/" + year + "/Q1/R-03").then().statusCode(403);
        given().cookie("quarkus-credential", session).get("/years/" + year + "/targets/R-03/quarters/Q1/edit").then().statusCode(403);
        as(alice).contentType("text/csv").body("code,quarter,value\nR-01,Q1,1\n").post("/api/years/" + year + "/figures")
                .then().statusCode(403);
        as(alice).contentType(ContentType.JSON).post("/api/years/" + year + "/returns/Q1/R-01/accept").then().statusCode(403);
        As.viewer().get("/api/years/" + year + "/figures/R-03/Q1").then().body("value", nullValue());
    }

    @Test
    void signingOffWithKeyTargetsNotAcceptedNeedsConfirmingAndRecordsThem() {
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"2030-01-08\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200);
        As.admin().contentType(ContentType.JSON).post("/api/years/" + year + "/quarters/Q1/sign-off").then().statusCode(409)
                .body("detail", containsString("R-01 (not started)")).body("detail", containsString("R-03 (not started)"));
        As.admin().contentType(ContentType.JSON).body("{\"confirmUnaccepted\":true}").post("/api/years/" + year + "/quarters/Q1/sign-off")
                .then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> assertEquals("R-01 (not started); R-02 (not started); R-03 (not started)",
                em.createNativeQuery("select unaccepted from quarter_lock_event where year_id = ?1").setParameter(1, year)
                        .getSingleResult()));
    }

    @Test
    void eachReminderIsSentOnceHoweverOftenAndWhereverItIsAskedFor() throws Exception {
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"" + due + "\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            queued.add(pool.submit(() -> As.admin().contentType(ContentType.JSON)
                    .post("/api/years/" + year + "/returns/Q1/remind").then().statusCode(200).extract().<Integer>path("queued")));
        }
        int total = 0;
        for (Future<Integer> q : queued) {
            total += q.get();
        }
        pool.shutdown();
        assertEquals(2, total, "one due-soon reminder for each of the two owners, however many asked");
        List<MimeMessage> toBob = awaitMail(bob, 2);
        Thread.sleep(500);
        long dueSoon = mailTo(bob).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Reminder:") && m.getSubject().contains(due);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertEquals(1, dueSoon, "received exactly once: " + toBob.size() + " emails to bob");
        As.admin().get("/admin/outbox").then().statusCode(200).body(containsString(bob + "@example.gov.uk"));
    }

    @Test
    void aReminderGoesOnItsFirstAttemptAfterTheServerHasClosedAnIdleConnection() throws Exception {
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"" + due + "\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200);
        awaitMail(bob, 1);
        // Longer than the server waits for a kept connection's next command, so it has closed that connection.
        Thread.sleep(uk.gov.sli.testing.SmtpServer.IDLE_TIMEOUT_MILLIS + 1_500);
        As.admin().contentType(ContentType.JSON).post("/api/years/" + year + "/returns/Q1/remind").then().statusCode(200);
        assertEquals(2, awaitMail(bob, 2).size(), "the due-soon reminder arrived");
        List<?> sent = List.of();
        // The email can arrive a moment before the sender has recorded it as sent.
        for (int i = 0; i < 50 && sent.size() < 2; i++) {
            Thread.sleep(100);
            sent = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select r.attempts || ':' "
                    + "|| coalesce(r.last_error, '') from reminder r where r.username = ?1 and r.sent_at is not null order by r.id")
                    .setParameter(1, bob).getResultList());
        }
        assertEquals(List.of("1:", "1:"), sent, "each sent on its first attempt, no failure recorded");
    }

    @Test
    void fortyRemindersInARowEachGoOnTheirFirstAttempt() throws Exception {
        // Each email opens a connection of its own. When the mail client was started on a plain thread, now and then a
        // connection lost the server's greeting and its send hung until the timeout (in three of six runs of this class).
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"2030-01-08\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200);
        awaitMail(alice, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                em.createNativeQuery("insert into reminder (return_id, username, email, kind, occasion, created_at, subject, body) "
                        + "select r.id, ?1, ?2, 'RETURNED', ?3, now(), ?4, 'An item came back.' from quarterly_return r "
                        + "where r.year_id = ?5 and r.quarter = 1").setParameter(1, alice)
                        .setParameter(2, alice + "@example.gov.uk").setParameter(3, "burst-" + i)
                        .setParameter(4, "Returned to you: item " + i).setParameter(5, year).executeUpdate();
            }
        });
        // Nothing is due yet, so this queues nothing new; it sends what is waiting.
        As.admin().contentType(ContentType.JSON).post("/api/years/" + year + "/returns/Q1/remind").then().statusCode(200)
                .body("queued", equalTo(0));
        assertEquals(41, awaitMail(alice, 41).size(), "the opening email and the forty after it");
        List<?> notSentFirstTime = List.of("not read yet");
        // The last email can arrive a moment before the sender has recorded it as sent.
        for (int i = 0; i < 50 && !notSentFirstTime.isEmpty(); i++) {
            Thread.sleep(100);
            notSentFirstTime = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select r.occasion || ' '"
                    + " || r.attempts || ' ' || coalesce(r.last_error, '') from reminder r where r.username = ?1"
                    + " and (r.sent_at is null or r.attempts <> 1)").setParameter(1, alice).getResultList());
        }
        assertEquals(List.of(), notSentFirstTime, "every one sent on its first attempt");
    }

    @Test
    void aNewYearStartsFromTheLastWithItsTargetsAndOwnersButNoFigures() {
        As.editor().contentType("text/csv").body("code,quarter,value\nR-01,Q1,5\n").post("/api/years/" + year + "/figures")
                .then().statusCode(200);
        String next = TestYears.next();
        As.admin().contentType(ContentType.JSON).post("/api/years/" + next + "/copy-from/" + year).then().statusCode(201).body("targets", equalTo(3));
        As.viewer().get("/api/years/" + next + "/deliverables?quarter=Q1").then()
                .body("targets.code", contains("R-01", "R-02", "R-03"))
                .body("targets.find { it.code == 'R-01' }.quarters.Q1", nullValue())
                .body("targets.find { it.code == 'R-01' }.target", equalTo(100));
        As.viewer().get("/years/" + next + "/targets/R-01").then().body(containsString(alice));
        As.admin().contentType(ContentType.JSON).post("/api/years/" + next + "/copy-from/" + year).then().statusCode(409);
    }
}
