package uk.gov.sli.mou;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.seed.SeedLoader;
import uk.gov.sli.platform.seed.SeedStep;

/** A seed year folder's {@code year.json}, {@code targets.csv} and {@code figures.csv}. */
@ApplicationScoped
public class MouSeed implements SeedStep {

    @Inject
    ObjectMapper json;

    @Inject
    TargetService targets;

    @Inject
    FigureService figures;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int load(String yearId, Path folder) throws IOException {
        MouYear.upsert(yearId, json.readValue(folder.resolve("year.json").toFile(), MouYear.YearInput.class));
        return SeedLoader.importIfPresent(folder, "targets.csv", table -> targets.importTargets(yearId, table))
                + SeedLoader.importIfPresent(folder, "figures.csv", table -> figures.importFigures(yearId, table));
    }
}
