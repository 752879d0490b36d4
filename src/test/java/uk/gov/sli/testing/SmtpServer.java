package uk.gov.sli.testing;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) in the test JVM; the service under test sends its reminders to it. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    /** How long the server waits for a client's next command before it closes the connection. */
    public static final long IDLE_TIMEOUT_MILLIS = 3_000;

    @Override
    public Map<String, String> start() {
        ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        // Closes a connection left idle for 3 s, as real servers do after longer: a reminder sent after such a pause
        // must not depend on a connection kept from before it.
        smtp.setReadTimeout(IDLE_TIMEOUT_MILLIS);
        greenMail = new GreenMail(smtp);
        greenMail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** The server, to read what arrived. */
    public static GreenMail mail() {
        return greenMail;
    }
}
