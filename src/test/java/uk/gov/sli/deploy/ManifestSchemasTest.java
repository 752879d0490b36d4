package uk.gov.sli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Every manifest in k8s/, the base and the example overlay with its namespace, image and patches applied, is valid
 * for the cluster it targets: Kubernetes 1.30's own kinds, the Prometheus Operator's ServiceMonitor and CloudNativePG's
 * Cluster and ScheduledBackup, against strict schemas vendored in {@code src/test/resources/k8s-schemas} (how they
 * were made: {@code make-schemas.py} there). A misspelt field or a value of the wrong type fails here, not at
 * {@code kubectl apply}, and never gets silently dropped by the API server.
 */
class ManifestSchemasTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, JsonSchema> loaded = new HashMap<>();

    @Test
    void everyBaseManifestIsValidForTheClusterItTargets() throws IOException {
        List<JsonNode> base = kustomize(Path.of("k8s/base"));
        assertEquals(Set.of("ConfigMap", "Deployment", "HorizontalPodAutoscaler", "NetworkPolicy", "PodDisruptionBudget",
                "Cluster", "ScheduledBackup", "Secret", "Service", "ServiceMonitor"),
                Set.copyOf(base.stream().map(d -> d.path("kind").asText()).toList()));
        for (JsonNode manifest : base) {
            assertEquals(Set.of(), validate(manifest), describe(manifest));
        }
    }

    @Test
    void theExampleOverlayWithItsPatchesAppliedIsValidToo() throws IOException {
        List<JsonNode> overlay = kustomize(Path.of("k8s/overlays/example"));
        for (JsonNode manifest : overlay) {
            assertEquals(Set.of(), validate(manifest), describe(manifest));
            assertEquals("sli-example", manifest.path("metadata").path("namespace").asText(), describe(manifest));
        }
        JsonNode deployment = overlay.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        assertEquals(3, deployment.path("spec").path("replicas").asInt(), "the overlay's patch is applied");
        assertTrue(deployment.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText()
                .endsWith(":1.0.0"), "the overlay's image tag is applied");
        assertTrue(overlay.stream().anyMatch(d -> d.path("kind").asText().equals("Ingress")));
    }

    @Test
    void aMisspeltFieldOrAValueOfTheWrongTypeIsRefused() throws IOException {
        ObjectNode deployment = (ObjectNode) kustomize(Path.of("k8s/base")).stream()
                .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        ObjectNode misspelt = deployment.deepCopy();
        ((ObjectNode) misspelt.path("spec")).put("replica", 2);
        assertFalse(validate(misspelt).isEmpty(), "spec.replica is not a field");
        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.path("spec").path("template").path("spec").path("containers").get(0).path("ports").get(0))
                .put("containerPort", "eighty");
        assertFalse(validate(wrongType).isEmpty(), "a port is a number");
        ObjectNode cluster = (ObjectNode) kustomize(Path.of("k8s/base")).stream()
                .filter(d -> d.path("kind").asText().equals("Cluster")).findFirst().orElseThrow();
        ((ObjectNode) cluster.path("spec")).put("instance", 3);
        assertFalse(validate(cluster).isEmpty(), "CloudNativePG's field is instances");
    }

    private Set<String> validate(JsonNode manifest) throws IOException {
        String name = (manifest.path("apiVersion").asText().replace('/', '-').replace('.', '-') + "-"
                + manifest.path("kind").asText()).toLowerCase(Locale.ROOT);
        JsonSchema schema = loaded.get(name);
        if (schema == null) {
            try (InputStream in = getClass().getResourceAsStream("/k8s-schemas/" + name + ".json")) {
                assertTrue(in != null, "no vendored schema for " + name + ": add the kind to make-schemas.py");
                schema = SCHEMAS.getSchema(in);
            }
            loaded.put(name, schema);
        }
        Set<String> errors = new java.util.TreeSet<>();
        for (ValidationMessage message : schema.validate(manifest)) {
            errors.add(message.getMessage());
        }
        return errors;
    }

    /**
     * What {@code kubectl kustomize} makes of a directory, for what k8s/ uses: resources (files and directories),
     * the namespace, image tags, and strategic-merge patches of maps (matched by kind and name).
     */
    static List<JsonNode> kustomize(Path directory) throws IOException {
        JsonNode kustomization = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                out.addAll(kustomize(path));
            } else {
                out.addAll(YAML.readValues(YAML.getFactory().createParser(path.toFile()), JsonNode.class).readAll());
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            JsonNode change = YAML.readTree(directory.resolve(patch.path("path").asText()).toFile());
            JsonNode target = out.stream().filter(d -> d.path("kind").equals(change.path("kind"))
                    && d.path("metadata").path("name").equals(change.path("metadata").path("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("patch " + patch + " matches no resource"));
            merge((ObjectNode) target, (ObjectNode) change);
        }
        if (kustomization.has("namespace")) {
            out.forEach(d -> ((ObjectNode) d.path("metadata")).put("namespace", kustomization.path("namespace").asText()));
        }
        for (JsonNode image : kustomization.path("images")) {
            for (JsonNode d : out) {
                for (JsonNode container : d.path("spec").path("template").path("spec").path("containers")) {
                    String current = container.path("image").asText();
                    if (current.startsWith(image.path("name").asText())) {
                        ((ObjectNode) container).put("image", image.path("name").asText() + ":" + image.path("newTag").asText());
                    }
                }
            }
        }
        return out;
    }

    private static void merge(ObjectNode into, ObjectNode change) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = change.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode patch) {
                merge(object, patch);
            } else if (!(field.getValue() instanceof ArrayNode) || existing == null) {
                into.set(field.getKey(), field.getValue());
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String describe(JsonNode manifest) {
        return manifest.path("kind").asText() + " " + manifest.path("metadata").path("name").asText();
    }
}
