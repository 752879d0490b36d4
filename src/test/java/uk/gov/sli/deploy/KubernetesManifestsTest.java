package uk.gov.sli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Every manifest in k8s/ parses and agrees with the application: ports, probes, names and settings. */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<JsonNode> BASE = new ArrayList<>();
    private static Set<String> settingsTheServiceReads;

    @BeforeAll
    static void readManifests() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("k8s/base"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                YAML.readValues(YAML.getFactory().createParser(file.toFile()), JsonNode.class).readAll()
                        .forEach(BASE::add);
            }
        }
        settingsTheServiceReads = settingsTheServiceReads();
    }

    @Test
    void kustomizationsListOnlyFilesThatExist() throws IOException {
        for (Path kustomization : List.of(Path.of("k8s/base/kustomization.yaml"), Path.of("k8s/overlays/example/kustomization.yaml"))) {
            JsonNode k = YAML.readTree(kustomization.toFile());
            for (JsonNode resource : k.path("resources")) {
                assertTrue(Files.exists(kustomization.resolveSibling(resource.asText())), kustomization + ": " + resource);
            }
            for (JsonNode patch : k.path("patches")) {
                assertTrue(Files.exists(kustomization.resolveSibling(patch.path("path").asText())), kustomization + ": " + patch);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("k8s/base"))) {
            long manifests = files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).count();
            assertEquals(manifests, YAML.readTree(Path.of("k8s/base/kustomization.yaml").toFile()).path("resources").size(),
                    "every base manifest is in the kustomization");
        }
    }

    @Test
    void theDeploymentRunsTwoHardenedReplicasOnTheServicesPortAndHealthPaths() {
        JsonNode deployment = one("Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertEquals(8080, container.at("/ports/0/containerPort").asInt());
        assertEquals(String.valueOf(container.at("/ports/0/containerPort").asInt()),
                one("ConfigMap").at("/data/QUARKUS_HTTP_PORT").asText());
        assertEquals(9000, container.at("/ports/1/containerPort").asInt(), "the management interface");
        for (String probe : new String[] { "startupProbe", "readinessProbe", "livenessProbe" }) {
            assertEquals("management", container.at("/" + probe + "/httpGet/port").asText(), probe + " on port 9000");
        }
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText());
        assertEquals("/tmp", container.at("/volumeMounts/0/mountPath").asText(), "a writable /tmp for Quarkus");
        assertTrue(container.has("resources") && container.at("/resources/limits").has("memory"));
        assertTrue(pod.at("/terminationGracePeriodSeconds").asInt() > 30, "longer than quarkus.shutdown.timeout");
    }

    @Test
    void theConfigMapAndSecretsAreTheOnesTheDeploymentNamesAndHoldOnlySettingsTheServiceReads() {
        JsonNode container = one("Deployment").at("/spec/template/spec/containers/0");
        assertEquals(one("ConfigMap").at("/metadata/name").asText(), container.at("/envFrom/0/configMapRef/name").asText());
        assertEquals(one("Secret").at("/metadata/name").asText(), container.at("/envFrom/1/secretRef/name").asText());
        String databaseSecret = one("Cluster").at("/metadata/name").asText() + "-app";
        for (JsonNode env : container.path("env")) {
            assertEquals(databaseSecret, env.at("/valueFrom/secretKeyRef/name").asText(), env.toString());
            assertRead(env.path("name").asText());
        }
        one("ConfigMap").path("data").fieldNames().forEachRemaining(KubernetesManifestsTest::assertRead);
        one("Secret").path("stringData").fieldNames().forEachRemaining(KubernetesManifestsTest::assertRead);
        one("Secret").path("stringData").forEach(v -> assertEquals("CHANGE-ME", v.asText(), "no real secret values"));
        assertFalse(one("ConfigMap").at("/data/QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText().isBlank(),
                "forwarded addresses are believed only from named proxies");
        assertTrue(one("ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText()
                .startsWith("jdbc:postgresql://" + one("Cluster").at("/metadata/name").asText() + "-rw:"));
    }

    @Test
    void serviceMonitorHpaPdbAndNetworkPolicyPointAtTheDeployment() {
        String port = one("Deployment").at("/spec/template/spec/containers/0/ports/0/name").asText();
        assertEquals(port, one("Service").at("/spec/ports/0/targetPort").asText());
        assertEquals("management", one("Service").at("/spec/ports/1/targetPort").asText());
        assertEquals(one("Service").at("/spec/ports/1/name").asText(), one("ServiceMonitor").at("/spec/endpoints/0/port").asText(),
                "Prometheus scrapes the management port");
        assertEquals("/q/metrics", one("ServiceMonitor").at("/spec/endpoints/0/path").asText());
        assertEquals("sli-dashboard", one("HorizontalPodAutoscaler").at("/spec/scaleTargetRef/name").asText());
        assertTrue(one("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt() >= 2);
        JsonNode labels = one("Deployment").at("/spec/template/metadata/labels");
        assertEquals(labels, one("PodDisruptionBudget").at("/spec/selector/matchLabels"));
        assertEquals(labels, one("NetworkPolicy").at("/spec/podSelector/matchLabels"));
        assertEquals(8080, one("NetworkPolicy").at("/spec/ingress/0/ports/0/port").asInt());
        assertEquals(1, one("NetworkPolicy").at("/spec/ingress/0/from").size(), "only the ingress controller on 8080");
        assertEquals(9000, one("NetworkPolicy").at("/spec/ingress/1/ports/0/port").asInt());
        assertEquals("monitoring", one("NetworkPolicy").at("/spec/ingress/1/from/0/namespaceSelector/matchLabels")
                .path("kubernetes.io/metadata.name").asText(), "only Prometheus on 9000");
        assertEquals(one("Cluster").at("/metadata/name").asText(),
                one("NetworkPolicy").at("/spec/egress/0/to/0/podSelector/matchLabels").path("cnpg.io/cluster").asText());
        assertEquals(3, one("Cluster").at("/spec/instances").asInt());
        assertTrue(one("Cluster").at("/spec/backup").has("barmanObjectStore"));
    }

    /** What the JVM holds beside its heap after the benchmark's load, measured with NMT (README, "Performance"). */
    static final long BESIDE_THE_HEAP_MB = 230;

    @Test
    void theHeapLeavesRoomForTheRestOfTheJvmWithinTheMemoryLimit() {
        String options = one("ConfigMap").at("/data/JAVA_OPTS_APPEND").asText();
        Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(options);
        assertTrue(heap.find(), "the heap is sized explicitly, not as a share of the limit: " + options);
        assertFalse(options.contains("MaxRAMPercentage"), "a share of the limit leaves no room for class metadata and code");
        String limit = one("Deployment").at("/spec/template/spec/containers/0/resources/limits/memory").asText();
        assertTrue(limit.endsWith("Mi"), limit);
        long limitMb = Long.parseLong(limit.replace("Mi", "")) * 1024 * 1024 / 1_000_000;
        long heapMb = Long.parseLong(heap.group(1)) * 1024 * 1024 / 1_000_000;
        assertTrue(heapMb + BESIDE_THE_HEAP_MB <= limitMb, "heap " + heapMb + " MB + " + BESIDE_THE_HEAP_MB
                + " MB beside it exceeds the " + limitMb + " MB limit: the pod would be killed under load");
        assertEquals("-XX:+UseSerialGC", one("ConfigMap").at("/data/GC_CONTAINER_OPTIONS").asText(),
                "run-java.sh would otherwise add the parallel collector");
    }

    @Test
    void theJdk17ImageTrainsAndRunsWithTheDeploymentsJvmSettings() throws IOException {
        String text = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        for (String setting : List.of("GC_CONTAINER_OPTIONS", "JAVA_OPTS_APPEND", "MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_")) {
            String value = one("ConfigMap").at("/data/" + setting).asText();
            assertTrue(text.contains(setting + "=\"" + value + "\"") || text.contains(setting + "=" + value),
                    "Dockerfile.jvm sets " + setting + " as the ConfigMap does (" + value + ")");
        }
    }

    /**
     * JDK 25's serial collector grows the old generation up to -Xmx before it collects it, so the JDK 25 image runs G1
     * with the deployment's other settings: the same heap limit, code cache, stacks and C heap trimming, less the fixed
     * young generation (which would take G1's own sizing away). The training run uses them too.
     */
    @Test
    void theJdk25ImageTrainsAndRunsWithG1AndOtherwiseTheDeploymentsJvmSettings() throws IOException {
        String text = Files.readString(Path.of("src/main/docker/Dockerfile.jvm25"));
        List<String> options = uk.gov.sli.bench.ContainerJvm.jdk25Options();
        assertTrue(options.contains("-XX:+UseG1GC"), options.toString());
        for (String option : uk.gov.sli.bench.ContainerJvm.options()) {
            if (!option.startsWith("-Xmn") && !option.equals("-XX:+UseSerialGC")) {
                assertTrue(options.contains(option), "Dockerfile.jvm25 runs with " + option + " as the ConfigMap does: " + options);
            }
        }
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-Xmn") || o.equals("-XX:+UseSerialGC")), options.toString());
        for (String setting : List.of("MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_")) {
            assertTrue(text.contains(setting + "=" + one("ConfigMap").at("/data/" + setting).asText()), setting);
        }
        assertTrue(text.contains("RUN JAVA_OPTS_APPEND=\"$JDK25_JAVA_OPTIONS\" bash /deployments/aot-train.sh"), "trained with them");
        assertTrue(text.contains("-XX:AOTCache=/deployments/app.aot $JDK25_JAVA_OPTIONS -jar"), "run with them");
        assertFalse(text.contains("$JAVA_OPTS_APPEND -jar"), "the ConfigMap's JDK 17 settings are not read by the JDK 25 image");
    }

    @Test
    void theImageCarriesTheFoldersTheConfigMapPointsAt() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains(one("ConfigMap").at("/data/SLI_SEED_DATA_DIRECTORY").asText()));
        assertTrue(dockerfile.contains(one("ConfigMap").at("/data/SLI_DASHBOARDS_DIRECTORY").asText()));
        assertTrue(dockerfile.contains("USER " + one("Deployment").at("/spec/template/spec/securityContext/runAsUser").asInt()));
    }

    private static void assertRead(String environmentVariable) {
        assertTrue(settingsTheServiceReads.contains(environmentVariable),
                environmentVariable + " is set by the manifests but the service reads no such setting");
    }

    private static JsonNode one(String kind) {
        List<JsonNode> found = BASE.stream().filter(n -> kind.equals(n.path("kind").asText())).toList();
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    /** Environment variable names of everything in application.properties, @ConfigProperty and the launcher. */
    private static Set<String> settingsTheServiceReads() throws IOException {
        Set<String> names = new HashSet<>(List.of("JAVA_OPTS_APPEND", "GC_CONTAINER_OPTIONS", "JDK25_JAVA_OPTIONS", "MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_HTTP_PORT", "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"));
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                names.add(environmentName(line.substring(0, line.indexOf('=')).replaceFirst("^%[a-z]+\\.", "")));
                Matcher expansion = Pattern.compile("\\$\\{([A-Z_]+)").matcher(line);
                while (expansion.find()) {
                    names.add(expansion.group(1));
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher property = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"").matcher(Files.readString(source));
                while (property.find()) {
                    names.add(environmentName(property.group(1)));
                }
            }
        }
        addMapping(names, "sli", uk.gov.sli.platform.config.SliConfig.class);
        return names;
    }

    /** Every setting of the typed configuration, nested groups included (camelCase methods are kebab-case settings). */
    private static void addMapping(Set<String> names, String prefix, Class<?> mapping) {
        for (java.lang.reflect.Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || method.getParameterCount() > 0 || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String name = prefix + "." + method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (method.getReturnType().isInterface() && method.getReturnType().getEnclosingClass() == mapping) {
                addMapping(names, name, method.getReturnType());
            } else {
                names.add(environmentName(name));
            }
        }
    }

    private static String environmentName(String property) {
        return property.trim().replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
