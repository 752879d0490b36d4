package uk.gov.sli.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardLoaderTest {

    static final Map<String, Set<String>> SOURCES = Map.of("leadership.bookings", Set.of("dimension"), "finance.variance", Set.of());

    static final String GOOD = """
            id: sample
            title: Sample
            panels:
              - id: by-party
                title: By party
                chart: stacked-bar
                source: leadership.bookings
                params:
                  dimension: party
            """;

    @Test
    void theShippedDashboardsAreValid() {
        Map<String, DashboardDefinition> shipped = DashboardLoader.load(Path.of("dashboards"), new DashboardSources().parameters());
        assertEquals(Set.of("peer-challenges", "leadership", "finance"), shipped.keySet());
    }

    @Test
    void aGoodFileLoads(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sample.yaml"), GOOD);
        assertEquals("By party", DashboardLoader.load(dir, SOURCES).get("sample").panels().get(0).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "chart: stacked-bar|chart: pie3d|panels[0].chart|expected one of bar, stacked-bar",
            "source: leadership.bookings|source: nowhere|panels[0].source|expected one of",
            "dimension: party|colour: red|panels[0].params.colour|expected one of dimension",
            "title: By party|titel: By party|panels[0].titel|Unrecognized field",
            "id: sample|id: other|id|expected 'sample' (the file name)",
            "title: Sample|title: ''|title|is missing",
    })
    void aMistakeNamesTheFileTheFieldAndWhatWasExpected(String from, String to, String field, String expected,
            @TempDir Path dir) throws Exception {
        Path file = dir.resolve("sample.yaml");
        Files.writeString(file, GOOD.replace(from, to));
        RuntimeException e = assertThrows(RuntimeException.class, () -> DashboardLoader.load(dir, SOURCES));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(": " + field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void brokenYamlIsReportedWithTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> DashboardLoader.load(dir, SOURCES));
        assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
    }
}
