package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.sli.importing.Cells;
import uk.gov.sli.importing.ImportProblem;
import uk.gov.sli.importing.ImportRejectedException;
import uk.gov.sli.importing.Row;
import uk.gov.sli.importing.Table;
import uk.gov.sli.rules.Measure;
import uk.gov.sli.rules.Profile;
import uk.gov.sli.rules.TargetSpec;

/** Upserts a year's targets by code from an imported table: every row valid, or nothing stored. */
@ApplicationScoped
public class TargetImporter {

    static final Set<String> REQUIRED = Set.of("code", "theme", "title", "measure");
    static final Set<String> ALLOWED = Set.of("code", "theme", "title", "description", "target", "unit", "measure",
            "profile", "amber_threshold", "key");

    private record ValidRow(String code, String theme, String title, String description, BigDecimal target,
            String unit, Measure measure, Profile profile, BigDecimal amberThreshold, boolean key) {
    }

    @Transactional
    public int importTargets(String yearId, Table table) {
        Years.require(yearId);
        List<ImportProblem> problems = new ArrayList<>(table.checkHeader(REQUIRED, ALLOWED));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        List<ValidRow> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Row row : table.rows()) {
            ValidRow valid = validate(row, problems);
            if (valid != null && !codes.add(valid.code())) {
                problems.add(new ImportProblem(row.line(), "code", "code " + valid.code() + " appears more than once in the file"));
            }
            rows.add(valid);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        store(yearId, rows);
        return rows.size();
    }

    private ValidRow validate(Row row, List<ImportProblem> problems) {
        int before = problems.size();
        String code = Cells.required(row, "code", problems);
        if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,19}")) {
            problems.add(new ImportProblem(row.line(), "code",
                    "code must be up to 20 letters, digits, '-', '_' or '.', was '" + code + "'"));
        }
        String theme = Cells.required(row, "theme", problems);
        Cells.maxLength(row, "theme", 200, problems);
        String title = Cells.required(row, "title", problems);
        Cells.maxLength(row, "title", 500, problems);
        BigDecimal target = Cells.nonNegativeNumber(row, "target", problems);
        String unit = Cells.maxLength(row, "unit", 100, problems);
        Measure measure = Cells.parsed(row, "measure", Measure::parse, problems);
        Profile profile = Cells.parsed(row, "profile", Profile::parse, problems);
        BigDecimal threshold = Cells.parsed(row, "amber_threshold", TargetImporter::amberThreshold, problems);
        Boolean key = Cells.bool(row, "key", false, problems);
        if (problems.size() > before) {
            return null;
        }
        String description = row.get("description");
        return new ValidRow(code, theme, title, description.isEmpty() ? null : description, target, unit, measure,
                profile, threshold, key);
    }

    private static BigDecimal amberThreshold(String text) {
        if (text.isEmpty()) {
            return TargetSpec.DEFAULT_AMBER_THRESHOLD;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amber_threshold must be a fraction such as 0.75, was '" + text + "'");
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("amber_threshold must be more than 0 and at most 1, was " + text);
        }
        return value;
    }

    private void store(String yearId, List<ValidRow> rows) {
        Map<String, Theme> themes = new HashMap<>();
        for (Theme theme : Theme.<Theme>list("yearId", yearId)) {
            themes.put(theme.name, theme);
        }
        Map<String, Target> existing = new HashMap<>();
        for (Target target : Target.<Target>list("yearId", yearId)) {
            existing.put(target.code, target);
        }
        int nextThemeOrder = themes.values().stream().mapToInt(t -> t.displayOrder).max().orElse(0) + 1;
        int nextTargetOrder = existing.values().stream().mapToInt(t -> t.displayOrder).max().orElse(0) + 1;
        for (ValidRow row : rows) {
            Theme theme = themes.get(row.theme());
            if (theme == null) {
                theme = new Theme();
                theme.yearId = yearId;
                theme.name = row.theme();
                theme.displayOrder = nextThemeOrder++;
                theme.persist();
                themes.put(theme.name, theme);
            }
            Target target = existing.get(row.code());
            if (target == null) {
                target = new Target();
                target.yearId = yearId;
                target.code = row.code();
                target.displayOrder = nextTargetOrder++;
            }
            target.theme = theme;
            target.title = row.title();
            target.description = row.description();
            target.targetValue = row.target();
            target.unit = row.unit();
            target.measure = row.measure();
            target.setProfile(row.profile());
            target.amberThreshold = row.amberThreshold();
            target.keyTarget = row.key();
            if (target.id == null) {
                target.persist();
                existing.put(target.code, target);
            }
        }
    }
}
