package uk.gov.sli.platform.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import uk.gov.sli.rules.FinanceRules;

/**
 * Every setting of the service's own, with its default and its type, in one place. Checked at start-up by
 * {@link ConfigCheck}: a value out of its range, or two that disagree, stop the service with the settings' names.
 */
@ConfigMapping(prefix = "sli")
public interface SliConfig {

    /** The first admin's password, used only on a database with no users ({@code SLI_ADMIN_PASSWORD}). */
    Optional<String> adminPassword();

    Users users();

    Login login();

    SeedData seedData();

    Finance finance();

    Dashboards dashboards();

    /** The address people reach the service at, for links in emails (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Returns returns();

    DataVersion dataVersion();

    interface DataVersion {
        /**
         * How long the data version this instance holds in memory is used without reading it again. Changes made on
         * this instance are seen at once, and PostgreSQL tells every instance of every other change as it commits
         * (LISTEN/NOTIFY); this bounds how stale a page can be if such a notice is ever lost.
         */
        @WithDefault("PT1S")
        Duration trustedFor();
    }

    interface Returns {
        /** When the daily reminder job runs (Quartz-style cron, server time). */
        @WithDefault("0 0 7 * * ?")
        String reminderCron();
    }

    interface Users {
        /** admin/admin, editor/editor and viewer/viewer: for the dev and test profiles only. */
        @WithDefault("false")
        boolean wellKnown();
    }

    interface Login {
        /** Failed sign-ins for one username within the lockout window before it is refused (1 to 1,000). */
        @WithDefault("5")
        int maxFailuresPerUser();

        /** Failed sign-ins from one address within the window (offices share addresses, so higher; 1 to 100,000). */
        @WithDefault("30")
        int maxFailuresPerAddress();

        /** The window failures are counted in, and how long a lockout lasts. */
        @WithDefault("PT15M")
        Duration lockout();

        /** How long a checked password is trusted before it is hashed again (its user is read on every request). */
        @WithDefault("PT5M")
        Duration verifiedFor();

        /** The absolute lifetime of a signed-in session, however active (the idle limit is 30 minutes). */
        @WithDefault("PT12H")
        Duration sessionLifetime();
    }

    interface SeedData {
        /** Folder of year folders loaded into an empty database. */
        @WithDefault("seed-data")
        Path directory();

        /** Whether an empty database is loaded from {@link #directory()} at start. */
        @WithDefault("true")
        boolean loadWhenEmpty();
    }

    interface Finance {
        /** Adverse budget-to-outturn variance percent above which a line is amber (rule 8; 0 to 1,000). */
        @WithDefault("5")
        BigDecimal amberAbovePercent();

        /** Adverse variance percent above which a line is red; at least the amber setting (0 to 1,000). */
        @WithDefault("10")
        BigDecimal redAbovePercent();

        default FinanceRules.Thresholds thresholds() {
            return new FinanceRules.Thresholds(amberAbovePercent(), redAbovePercent());
        }
    }

    interface Dashboards {
        /** Folder of dashboard definitions (YAML), checked at start-up. */
        @WithDefault("dashboards")
        Path directory();
    }
}
