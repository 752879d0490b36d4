package uk.gov.sli.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import uk.gov.sli.finance.FinanceImporter;
import uk.gov.sli.headline.HeadlineImporter;
import uk.gov.sli.leadership.LeadershipImporter;
import uk.gov.sli.importing.CsvTables;
import uk.gov.sli.mou.FigureImporter;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.mou.TargetImporter;
import uk.gov.sli.mou.YearService;

/**
 * Loads {@code seed-data/} into an empty database at start, one folder per year, through the same import
 * code users call. All or nothing: a bad seed file stops start-up naming the file.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** Several instances may start together against one database; only one of them seeds it. */
    private static final long SEED_LOCK = 0x5e1d_da7aL;

    @ConfigProperty(name = "sli.seed-data.directory")
    Path directory;

    @ConfigProperty(name = "sli.seed-data.load-when-empty")
    boolean loadWhenEmpty;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    YearService years;

    @Inject
    TargetImporter targets;

    @Inject
    FigureImporter figures;

    @Inject
    FinanceImporter finance;

    @Inject
    HeadlineImporter headlines;

    @Inject
    LeadershipImporter leadership;

    void onStart(@Observes StartupEvent event) {
        if (loadWhenEmpty) {
            loadIfEmpty();
        }
    }

    @Transactional
    public void loadIfEmpty() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        if (MouYear.count() > 0) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            LOG.warnf("The database is empty and there is no seed data at %s", directory.toAbsolutePath());
            return;
        }
        for (Path yearFolder : yearFolders()) {
            loadYear(yearFolder);
        }
    }

    private void loadYear(Path folder) {
        String yearId = folder.getFileName().toString();
        Path yearFile = folder.resolve("year.json");
        try {
            years.upsert(yearId, json.readValue(yearFile.toFile(), YearService.YearInput.class));
            int targetCount = 0;
            Path targetFile = folder.resolve("targets.csv");
            if (Files.exists(targetFile)) {
                targetCount = targets.importTargets(yearId, CsvTables.read(Files.readString(targetFile)));
            }
            int figureCount = 0;
            Path figureFile = folder.resolve("figures.csv");
            if (Files.exists(figureFile)) {
                figureCount = figures.importFigures(yearId, CsvTables.read(Files.readString(figureFile)));
            }
            int financeCount = 0;
            for (Path financeFile : financeFiles(folder)) {
                int period = Integer.parseInt(financeFile.getFileName().toString().replaceAll("\\D", ""));
                financeCount += finance.importPeriod(yearId, period, CsvTables.read(Files.readString(financeFile)));
            }
            int other = 0;
            if (Files.exists(folder.resolve("headlines.csv"))) {
                other += headlines.importHeadlines(yearId, CsvTables.read(Files.readString(folder.resolve("headlines.csv"))));
            }
            if (Files.exists(folder.resolve("leadership-bookings.csv"))) {
                other += leadership.importBookings(yearId,
                        CsvTables.read(Files.readString(folder.resolve("leadership-bookings.csv"))));
            }
            if (Files.exists(folder.resolve("leadership-satisfaction.csv"))) {
                other += leadership.importScores(yearId,
                        CsvTables.read(Files.readString(folder.resolve("leadership-satisfaction.csv"))));
            }
            LOG.infof("Seeded %s: %d targets, %d quarterly figures, %d finance lines, %d headline and leadership rows from %s",
                    yearId, targetCount, figureCount, financeCount, other, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read seed data in " + folder, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Seed data in " + folder + " was rejected: " + describe(e), e);
        }
    }

    /** finance-p07.csv holds period 7 (October). */
    private static List<Path> financeFiles(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().matches("finance-p(0[1-9]|1[0-2])\\.csv")).sorted().toList();
        }
    }

    private List<Path> yearFolders() {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("year.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof uk.gov.sli.importing.ImportRejectedException rejected) {
            return rejected.problems().toString();
        }
        return e.getMessage();
    }
}
