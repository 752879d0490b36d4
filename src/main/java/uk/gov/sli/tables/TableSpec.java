package uk.gov.sli.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.gov.sli.rules.InvalidInputException;

/**
 * A table import declared once: its columns in order, the row each valid line makes, and the key no two lines may
 * share. {@link #read} does what every import needs, the same way for all of them: the header checked (every
 * required column, nothing unknown, nothing twice), every cell read by its column, every bad line collected with
 * its line and column, duplicate keys refused, and nothing returned unless the whole table is valid.
 *
 * @param key the columns whose values identify a row within the file; a duplicate (or a row-level problem
 *        without a field of its own) is reported against the last of them
 */
public record TableSpec<R>(String name, List<Column<?>> columns, Function<Cells, R> row, List<Column<?>> key) {

    private String keyColumn() {
        return key.get(key.size() - 1).name();
    }

    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    /** The valid lines of a table and the problems of the others (a bad header is refused at once). */
    public record Read<R>(List<Line<R>> lines, List<TableProblem> problems) {

        /** The valid lines if there were no problems, this one's and {@code more} together; else every problem. */
        public List<Line<R>> orReject(List<TableProblem> more) {
            List<TableProblem> all = new ArrayList<>(problems);
            all.addAll(more);
            all.sort(java.util.Comparator.comparingInt(TableProblem::line));
            TableRejectedException.throwIfAny(all);
            return lines;
        }
    }

    /** Every row of the table, or a {@link TableRejectedException} with every problem in it. */
    public List<Line<R>> read(Table table) {
        return readAll(table).orReject(List.of());
    }

    /**
     * Every valid line and every problem, for an import that checks more against what is stored (a target code that
     * must exist) and then refuses the file with all problems together.
     */
    public Read<R> readAll(Table table) {
        List<TableProblem> problems = checkHeader(table.header());
        TableRejectedException.throwIfAny(problems);
        List<Line<R>> lines = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (Row raw : table.rows()) {
            int before = problems.size();
            Map<Column<?>, Object> values = new HashMap<>();
            for (Column<?> column : columns) {
                try {
                    values.put(column, column.reader().apply(raw.get(column.name())));
                } catch (InvalidInputException e) {
                    problems.add(new TableProblem(raw.line(), column.name(), e.getMessage()));
                }
            }
            if (key.stream().allMatch(values::containsKey)) {
                List<Object> identity = key.stream().map(values::get).toList();
                Integer first = seen.putIfAbsent(identity, raw.line());
                if (first != null) {
                    problems.add(new TableProblem(raw.line(), keyColumn(), identity.stream().map(String::valueOf)
                            .collect(Collectors.joining(" ")) + " appears more than once in the file (first on line "
                            + first + ")"));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            try {
                lines.add(new Line<>(raw.line(), this.row.apply(new ReadCells(raw, values))));
            } catch (InvalidInputException e) {
                problems.add(new TableProblem(raw.line(), e.field() == null ? keyColumn() : e.field(), e.getMessage()));
            }
        }
        return new Read<>(lines, problems);
    }

    private List<TableProblem> checkHeader(List<String> header) {
        List<TableProblem> problems = new ArrayList<>();
        Set<String> allowed = new LinkedHashSet<>(headers());
        for (Column<?> column : columns) {
            if (column.required() && !header.contains(column.name())) {
                problems.add(new TableProblem(1, column.name(), "required column '" + column.name() + "' is missing from the header"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!allowed.contains(column)) {
                problems.add(new TableProblem(1, column, "unknown column '" + column + "'; expected some of "
                        + String.join(", ", allowed)));
            }
            if (!seen.add(column)) {
                problems.add(new TableProblem(1, column, "column '" + column + "' appears more than once"));
            }
        }
        return problems;
    }

    private record ReadCells(Row raw, Map<Column<?>, Object> values) implements Cells {

        @Override
        public int line() {
            return raw.line();
        }

        @Override
        public boolean has(Column<?> column) {
            return raw.has(column.name());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(Column<T> column) {
            if (!values.containsKey(column)) {
                throw new IllegalArgumentException("column " + column.name() + " is not declared by this table");
            }
            return (T) values.get(column);
        }
    }
}
