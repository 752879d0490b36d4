package uk.gov.sli.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A snapshot's JSON is hashed, so it must be the same bytes for the same view whatever order records declare their
 * components in, maps were filled in, or trees were built in: object keys sorted at every level, nothing indented.
 */
class CanonicalJsonTest {

    record Row(String zeta, BigDecimal alpha, Map<String, Object> middle, List<Object> list) {
    }

    @Test
    void objectKeysAreSortedAtEveryLevelRecordsMapsAndTreesAlike() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> middle = new LinkedHashMap<>();
        middle.put("b", 2);
        middle.put("a", json.readTree("{\"y\":1,\"x\":{\"d\":true,\"c\":null}}"));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("quarter", "Q2");
        value.put("parts", List.of(new Row("z", new BigDecimal("12.50"), middle, List.of(Map.of("k", 1), "s"))));
        value.put("Year", "2015-16");

        // 12.50 is written 12.5, as the tree has always held it (the snapshots signed off so far hash that way).
        assertEquals("{\"Year\":\"2015-16\",\"parts\":[{\"alpha\":12.5,\"list\":[{\"k\":1},\"s\"],"
                + "\"middle\":{\"a\":{\"x\":{\"c\":null,\"d\":true},\"y\":1},\"b\":2},\"zeta\":\"z\"}],\"quarter\":\"Q2\"}",
                new SignOffService(json).canonicalJson(value));
    }

    @Test
    void theBytesAreThoseOfTheSortedCopyTheSnapshotsSignedOffSoFarWereHashedFrom() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 12; i >= 0; i--) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("zeta" + i, i);
            row.put("Alpha", List.of(Map.of("b", "x", "a", new BigDecimal("1.10")), i % 2 == 0));
            row.put("mid", new Row("z" + i, BigDecimal.valueOf(i, 2), Map.of("y", 1, "x", 2), List.of()));
            value.put("k" + i, row);
        }
        SignOffService service = new SignOffService(json);
        ObjectMapper before = json.copy().configure(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        assertEquals(before.writeValueAsString(sortedCopy(before, before.valueToTree(value))), service.canonicalJson(value));
    }

    /** How the canonical JSON was made before: a sorted copy of the whole tree, written as it stands. */
    private static com.fasterxml.jackson.databind.JsonNode sortedCopy(ObjectMapper json, com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode out = json.createObjectNode();
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            node.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> out.set(name, sortedCopy(json, node.get(name))));
            return out;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = json.createArrayNode();
            node.forEach(child -> out.add(sortedCopy(json, child)));
            return out;
        }
        return node;
    }
}
