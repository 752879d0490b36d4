package uk.gov.sli.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface (health and metrics) of the service under test. */
public final class Management {

    private Management() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    }
}
