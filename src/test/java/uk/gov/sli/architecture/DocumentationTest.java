package uk.gov.sli.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.gov.sli.finance.FinanceImport;
import uk.gov.sli.headline.HeadlineImport;
import uk.gov.sli.leadership.LeadershipImport;
import uk.gov.sli.mou.FigureImport;
import uk.gov.sli.mou.TargetImport;
import uk.gov.sli.tables.TableSpec;

/** The README says what the code does: the import columns are the declared ones, and nothing links outside. */
class DocumentationTest {

    @Test
    void theReadmeListsEveryImportsColumnsAsDeclared() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (TableSpec<?> spec : List.of(TargetImport.SPEC, FigureImport.SPEC, FinanceImport.SPEC,
                LeadershipImport.BOOKING_SPEC, LeadershipImport.SCORE_SPEC, HeadlineImport.SPEC)) {
            String columns = "`" + String.join(",", spec.headers()) + "`";
            assertTrue(readme.contains(columns), "README lacks the " + spec.name() + " columns " + columns);
        }
    }

    @Test
    void nothingInTheRepositoryLinksOutsideIt() throws IOException {
        try (Stream<Path> files = Stream.of(Path.of("README.md"), Path.of("seed-data"), Path.of("dashboards"),
                Path.of("src/main")).flatMap(DocumentationTest::walk)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("../shared"), file + " links to ../shared, which a clone does not have");
            }
        }
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.isDirectory(root) ? Files.walk(root) : Stream.of(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
