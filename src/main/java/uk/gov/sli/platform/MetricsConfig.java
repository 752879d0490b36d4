package uk.gov.sli.platform;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Request latency as a histogram, so Prometheus (and the Grafana dashboard) can compute p50, p95 and p99. */
public class MetricsConfig {

    /** Every series carries the application's name, which the Grafana dashboard selects on. */
    @Produces
    @Singleton
    MeterFilter applicationTag() {
        return MeterFilter.commonTags(Tags.of("application", "sli-dashboard"));
    }

    @Produces
    @Singleton
    MeterFilter requestLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                }
                return config;
            }
        };
    }
}
