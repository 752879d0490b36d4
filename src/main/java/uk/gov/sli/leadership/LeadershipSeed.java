package uk.gov.sli.leadership;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.seed.SeedLoader;
import uk.gov.sli.platform.seed.SeedStep;
import uk.gov.sli.tables.CsvReader;

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
        int rows = 0;
        byte[] bookings = SeedLoader.readIfPresent(folder, "leadership-bookings.csv");
        if (bookings != null) {
            rows += leadership.importBookings(yearId, CsvReader.read(bookings));
        }
        byte[] scores = SeedLoader.readIfPresent(folder, "leadership-satisfaction.csv");
        if (scores != null) {
            rows += leadership.importScores(yearId, CsvReader.read(scores));
        }
        return rows;
    }
}
