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
}
