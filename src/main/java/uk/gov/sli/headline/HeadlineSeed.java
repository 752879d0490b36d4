package uk.gov.sli.headline;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.seed.SeedLoader;
import uk.gov.sli.platform.seed.SeedStep;

/** A seed year folder's {@code headlines.csv}. */
@ApplicationScoped
public class HeadlineSeed implements SeedStep {

    @Inject
    HeadlineService headlines;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public int load(String yearId, Path folder) throws IOException {
        return SeedLoader.importIfPresent(folder, "headlines.csv", table -> headlines.importHeadlines(yearId, table));
    }
}
