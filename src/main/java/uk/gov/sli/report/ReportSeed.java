package uk.gov.sli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.seed.SeedStep;
import uk.gov.sli.rules.Quarter;

/** A seed year folder's board papers: {@code paper-Q2.json} is the text of the Q2 paper. */
@ApplicationScoped
public class ReportSeed implements SeedStep {

    @Inject
    PaperService papers;

    @Inject
    ObjectMapper json;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public int load(String yearId, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> p.getFileName().toString().matches("paper-Q[1-4]\\.json")).sorted().toList();
        }
        for (Path file : files) {
            Quarter quarter = Quarter.parse(file.getFileName().toString().substring(6, 8));
            papers.put(yearId, quarter, json.readTree(file.toFile()));
        }
        return files.size();
    }
}
