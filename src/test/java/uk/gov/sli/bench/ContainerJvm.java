package uk.gov.sli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The JVM settings the deployment gives the service (k8s/base/configmap.yaml), so that the benchmark measures the
 * service as it runs: the collector run-java.sh is told to use, the options appended to its own, and glibc's arenas.
 */
final class ContainerJvm {

    private static final Path CONFIG_MAP = Path.of("k8s", "base", "configmap.yaml");

    private ContainerJvm() {
    }

    /** The JVM options, without the temporary directory (the container's own /tmp mount). */
    static List<String> options() {
        JsonNode data = configMap();
        List<String> options = new ArrayList<>();
        for (String setting : List.of("GC_CONTAINER_OPTIONS", "JAVA_OPTS_APPEND")) {
            for (String option : data.path(setting).asText().trim().split("\\s+")) {
                if (!option.isBlank() && !option.startsWith("-Djava.io.tmpdir=")) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    /** Environment the JVM's process reads itself (glibc's MALLOC_* tunables). */
    static Map<String, String> environment() {
        Map<String, String> environment = new java.util.TreeMap<>();
        configMap().fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("MALLOC_")) {
                environment.put(e.getKey(), e.getValue().asText());
            }
        });
        return environment;
    }

    private static JsonNode configMap() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(CONFIG_MAP.toFile()).path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
