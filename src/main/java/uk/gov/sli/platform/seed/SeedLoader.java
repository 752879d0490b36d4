package uk.gov.sli.platform.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import uk.gov.sli.platform.audit.RevisionUserListener;
import uk.gov.sli.platform.config.SliConfig;
import uk.gov.sli.tables.CsvReader;
import uk.gov.sli.tables.Table;
import uk.gov.sli.tables.TableRejectedException;

/**
 * Loads {@code seed-data/} into an empty database at start, one folder per year, through the same import code users
 * call (each feature's {@link SeedStep}). All or nothing: a bad seed file stops start-up naming the file. Changes are
 * attributed to {@code seed-data} in the audit trail.
 */
@ApplicationScoped
public class SeedLoader {

    public static final String SEED_USER = "seed-data";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** Several instances may start together against one database; only one of them seeds it. */
    private static final long SEED_LOCK = 0x5e1d_da7aL;

    @Inject
    SliConfig config;

    @Inject
    EntityManager em;

    @Inject
    Instance<SeedStep> steps;

    void onStart(@Observes StartupEvent event) {
        if (config.seedData().loadWhenEmpty()) {
            RevisionUserListener.actingAs(SEED_USER, this::loadIfEmpty);
        }
    }

    @Transactional
    public void loadIfEmpty() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        Number years = (Number) em.createNativeQuery("select count(*) from mou_year").getSingleResult();
        if (years.longValue() > 0) {
            return;
        }
        Path directory = config.seedData().directory();
        if (!Files.isDirectory(directory)) {
            LOG.warnf("The database is empty and there is no seed data at %s", directory.toAbsolutePath());
            return;
        }
        List<SeedStep> ordered = steps.stream().sorted(Comparator.comparingInt(SeedStep::order)).toList();
        for (Path folder : yearFolders(directory)) {
            String yearId = folder.getFileName().toString();
            int rows = 0;
            for (SeedStep step : ordered) {
                try {
                    rows += step.load(yearId, folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not read seed data in " + folder, e);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Seed data in " + folder + " was rejected: " + describe(e), e);
                }
            }
            LOG.infof("Seeded %s: %d rows from %s", yearId, rows, folder);
        }
    }

    /** Imports a seed CSV file through {@code importer} when the folder has it; the rows imported (0 without it). */
    public static int importIfPresent(Path folder, String file, ToIntFunction<Table> importer) throws IOException {
        Path path = folder.resolve(file);
        return Files.exists(path) ? importer.applyAsInt(CsvReader.read(Files.readAllBytes(path))) : 0;
    }

    private static List<Path> yearFolders(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("year.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(RuntimeException e) {
        return e instanceof TableRejectedException rejected ? rejected.problems().toString() : e.getMessage();
    }
}
