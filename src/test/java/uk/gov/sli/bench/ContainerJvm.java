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
 * service as it runs: the collector run-java.sh is told to use, the options appended to its own, and glibc's arenas;
 * and the JDK 25 image's own settings (Dockerfile.jvm25), for the benchmark's JDK 25 lines.
 */
public final class ContainerJvm {

    private static final Path CONFIG_MAP = Path.of("k8s", "base", "configmap.yaml");
    private static final Path JDK25_IMAGE = Path.of("src", "main", "docker", "Dockerfile.jvm25");

    private ContainerJvm() {
    }

    /** The JVM options, without the temporary directory (the container's own /tmp mount). */
    public static List<String> options() {
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

    /** The JDK 25 image's options (its JDK25_JAVA_OPTIONS), without the temporary directory. */
    public static List<String> jdk25Options() {
        try {
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("JDK25_JAVA_OPTIONS=\"([^\"]*)\"")
                    .matcher(java.nio.file.Files.readString(JDK25_IMAGE));
            if (!value.find()) {
                throw new IllegalStateException(JDK25_IMAGE + " sets no JDK25_JAVA_OPTIONS");
            }
            return java.util.Arrays.stream(value.group(1).trim().split("\\s+"))
                    .filter(option -> !option.startsWith("-Djava.io.tmpdir=")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Environment the JVM's process reads itself (glibc's MALLOC_* tunables). */
    public static Map<String, String> environment() {
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
