package uk.gov.sli.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.sli.rules.InvalidInputException;

/**
 * A JSON object read as a one-line table, so that a JSON body is checked by the very columns an import declares.
 * Field names in camelCase match columns in snake_case ({@code amberThreshold} is {@code amber_threshold}).
 */
public final class JsonTables {

    private JsonTables() {
    }

    /** The object's fields, plus {@code fixed} ones (from the path), as a table of one line (line 0). */
    public static Table of(JsonNode body, Map<String, String> fixed) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("a JSON object is required");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        List<TableProblem> problems = new ArrayList<>();
        body.fields().forEachRemaining(field -> {
            String column = field.getKey().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            JsonNode value = field.getValue();
            if (value.isNull()) {
                cells.put(column, "");
            } else if (value.isValueNode()) {
                cells.put(column, value.isBigDecimal() ? value.decimalValue().toString() : value.asText());
            } else {
                problems.add(new TableProblem(0, field.getKey(), "must be text, a number, true, false or null"));
            }
        });
        TableRejectedException.throwIfAny(problems);
        cells.putAll(fixed);
        return new Table(List.copyOf(cells.keySet()), List.of(new Row(0, cells)));
    }
}
