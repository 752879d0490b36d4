package uk.gov.sli.leadership;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.seed.SeedLoader;
import uk.gov.sli.platform.seed.SeedStep;

/** A seed year folder's {@code leadership-bookings.csv} and {@code leadership-satisfaction.csv}. */
@ApplicationScoped
public class LeadershipSeed implements SeedStep {

    @Inject
    LeadershipService leadership;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public int load(String yearId, Path folder) throws IOException {
        return SeedLoader.importIfPresent(folder, "leadership-bookings.csv", t -> leadership.importBookings(yearId, t))
                + SeedLoader.importIfPresent(folder, "leadership-satisfaction.csv", t -> leadership.importScores(yearId, t));
    }
}
