package uk.gov.sli.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads and checks the dashboard files. Every mistake names the file, the field and what was expected, so a
 * bad definition stops start-up with a message an officer can act on.
 */
public final class DashboardLoader {

    public static final List<String> CHART_TYPES = List.of("bar", "stacked-bar", "horizontal-bar", "line", "bar-line", "doughnut");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DashboardLoader() {
    }

    /** The problem with one dashboard file. */
    public static class InvalidDashboardException extends RuntimeException {
        public InvalidDashboardException(Path file, String field, String problem) {
            super("Dashboard file " + file + ": " + field + ": " + problem);
        }
    }

    public static Map<String, DashboardDefinition> load(Path directory, Map<String, Set<String>> sourceParams) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The dashboards directory " + directory.toAbsolutePath() + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Could not list " + directory, e);
        }
        Map<String, DashboardDefinition> dashboards = new LinkedHashMap<>();
        for (Path file : files) {
            DashboardDefinition definition = read(file);
            check(file, definition, sourceParams);
            dashboards.put(definition.id(), definition);
        }
        return dashboards;
    }

    private static DashboardDefinition read(Path file) {
        try {
            DashboardDefinition definition = YAML.readValue(file.toFile(), DashboardDefinition.class);
            if (definition == null) {
                throw new InvalidDashboardException(file, "(file)", "is empty; expected id, title and panels");
            }
            return definition;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
            throw new InvalidDashboardException(file, field.isEmpty() ? "(file)" : field, e.getOriginalMessage()
                    .replaceAll(" \\(class [^)]*\\)", "").replaceAll(", not marked as ignorable.*", "; expected id, title, description, panels (and for a panel id, title, chart, source, params, totals)"));
        } catch (IOException e) {
            throw new InvalidDashboardException(file, "(file)", "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void check(Path file, DashboardDefinition d, Map<String, Set<String>> sourceParams) {
        String expectedId = file.getFileName().toString().replaceAll("\\.ya?ml$", "");
        require(file, "id", d.id(), "the file name, '" + expectedId + "'");
        if (!d.id().equals(expectedId)) {
            throw new InvalidDashboardException(file, "id", "expected '" + expectedId + "' (the file name), was '" + d.id() + "'");
        }
        require(file, "title", d.title(), "a title");
        if (d.panels() == null || d.panels().isEmpty()) {
            throw new InvalidDashboardException(file, "panels", "expected at least one panel");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < d.panels().size(); i++) {
            DashboardDefinition.Panel p = d.panels().get(i);
            String at = "panels[" + i + "]";
            if (p == null) {
                throw new InvalidDashboardException(file, at, "expected a panel with id, title, chart and source");
            }
            require(file, at + ".id", p.id(), "an id of lower-case letters, digits and '-'");
            if (!p.id().matches("[a-z0-9-]+")) {
                throw new InvalidDashboardException(file, at + ".id", "expected lower-case letters, digits and '-', was '" + p.id() + "'");
            }
            if (!ids.add(p.id())) {
                throw new InvalidDashboardException(file, at + ".id", "'" + p.id() + "' is used by another panel");
            }
            require(file, at + ".title", p.title(), "a title");
            require(file, at + ".chart", p.chart(), "one of " + String.join(", ", CHART_TYPES));
            if (!CHART_TYPES.contains(p.chart())) {
                throw new InvalidDashboardException(file, at + ".chart", "expected one of " + String.join(", ", CHART_TYPES)
                        + ", was '" + p.chart() + "'");
            }
            require(file, at + ".source", p.source(), "one of " + String.join(", ", sourceParams.keySet()));
            Set<String> allowed = sourceParams.get(p.source());
            if (allowed == null) {
                throw new InvalidDashboardException(file, at + ".source", "expected one of "
                        + String.join(", ", sourceParams.keySet()) + ", was '" + p.source() + "'");
            }
            Map<String, String> params = p.params() == null ? Map.of() : p.params();
            for (String name : params.keySet()) {
                if (!allowed.contains(name)) {
                    throw new InvalidDashboardException(file, at + ".params." + name, allowed.isEmpty()
                            ? "source " + p.source() + " takes no parameters"
                            : "expected one of " + String.join(", ", allowed) + " for source " + p.source());
                }
            }
        }
    }

    private static void require(Path file, String field, String value, String expected) {
        if (value == null || value.isBlank()) {
            throw new InvalidDashboardException(file, field, "is missing; expected " + expected);
        }
    }
}
