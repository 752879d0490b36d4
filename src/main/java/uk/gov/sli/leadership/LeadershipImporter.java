package uk.gov.sli.leadership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.sli.importing.Cells;
import uk.gov.sli.importing.ImportProblem;
import uk.gov.sli.importing.ImportRejectedException;
import uk.gov.sli.importing.Row;
import uk.gov.sli.importing.Table;
import uk.gov.sli.mou.Years;

/** Replaces a year's leadership bookings or satisfaction scores from a table: every row valid, or nothing stored. */
@ApplicationScoped
public class LeadershipImporter {

    @Transactional
    public int importBookings(String yearId, Table table) {
        Years.require(yearId);
        Set<String> columns = Set.of("dimension", "category", "programme", "bookings");
        List<ImportProblem> problems = new ArrayList<>(table.checkHeader(columns, columns));
        List<LeadershipBooking> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            int before = problems.size();
            String dimension = oneOf(row, "dimension", LeadershipBooking.DIMENSIONS, problems);
            String category = Cells.required(row, "category", problems);
            Cells.maxLength(row, "category", 100, problems);
            String programme = oneOf(row, "programme", LeadershipBooking.PROGRAMMES, problems);
            BigDecimal bookings = Cells.nonNegativeNumber(row, "bookings", problems);
            if (bookings == null && problems.size() == before) {
                problems.add(new ImportProblem(row.line(), "bookings", "bookings is required"));
            } else if (bookings != null && bookings.stripTrailingZeros().scale() > 0) {
                problems.add(new ImportProblem(row.line(), "bookings", "bookings must be a whole number"));
            }
            if (problems.size() == before && !seen.add(dimension + "/" + category + "/" + programme)) {
                problems.add(new ImportProblem(row.line(), "programme", programme + " for " + category + " appears twice"));
            }
            if (problems.size() == before) {
                LeadershipBooking b = new LeadershipBooking();
                b.yearId = yearId;
                b.dimension = dimension;
                b.category = category;
                b.programme = programme;
                b.bookings = bookings.intValueExact();
                b.displayOrder = rows.size() + 1;
                rows.add(b);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        LeadershipBooking.delete("yearId", yearId);
        LeadershipBooking.persist(rows);
        return rows.size();
    }

    @Transactional
    public int importScores(String yearId, Table table) {
        Years.require(yearId);
        Set<String> columns = Set.of("programme", "module", "score");
        List<ImportProblem> problems = new ArrayList<>(table.checkHeader(columns, columns));
        List<LeadershipScore> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            int before = problems.size();
            String programme = oneOf(row, "programme", LeadershipBooking.PROGRAMMES, problems);
            String module = Cells.required(row, "module", problems);
            BigDecimal score = Cells.nonNegativeNumber(row, "score", problems);
            if (score == null && problems.size() == before) {
                problems.add(new ImportProblem(row.line(), "score", "score is required"));
            } else if (score != null && (score.compareTo(BigDecimal.ONE) < 0 || score.compareTo(BigDecimal.valueOf(4)) > 0)) {
                problems.add(new ImportProblem(row.line(), "score", "score must be from 1 (poor) to 4 (excellent), was " + score));
            }
            if (problems.size() == before && !seen.add(programme + "/" + module)) {
                problems.add(new ImportProblem(row.line(), "module", module + " appears twice for " + programme));
            }
            if (problems.size() == before) {
                LeadershipScore s = new LeadershipScore();
                s.yearId = yearId;
                s.programme = programme;
                s.module = module;
                s.score = score;
                s.displayOrder = rows.size() + 1;
                rows.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        LeadershipScore.delete("yearId", yearId);
        LeadershipScore.persist(rows);
        return rows.size();
    }

    private static String oneOf(Row row, String column, List<String> allowed, List<ImportProblem> problems) {
        String value = row.get(column);
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        problems.add(new ImportProblem(row.line(), column, column + " must be one of " + String.join(", ", allowed)
                + ", was '" + value + "'"));
        return null;
    }
}
