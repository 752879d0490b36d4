package uk.gov.sli.finance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.seed.SeedStep;
import uk.gov.sli.tables.CsvReader;

/** A seed year folder's {@code finance-pNN.csv} files: {@code finance-p07.csv} holds period 7 (October). */
@ApplicationScoped
public class FinanceSeed implements SeedStep {

    @Inject
    FinanceService finance;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int load(String yearId, Path folder) throws IOException {
        int rows = 0;
        for (Path file : files(folder)) {
            int period = Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
            rows += finance.importPeriod(yearId, period, CsvReader.read(Files.readAllBytes(file)));
            Path printed = folder.resolve(file.getFileName().toString().replace(".csv", "-printed-totals.csv"));
            if (Files.exists(printed)) {
                rows += finance.importPrintedTotals(yearId, period, CsvReader.read(Files.readAllBytes(printed)));
            }
        }
        return rows;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().matches("finance-p(0[1-9]|1[0-2])\\.csv")).sorted().toList();
        }
    }
}
