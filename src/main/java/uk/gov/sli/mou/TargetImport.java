package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import uk.gov.sli.rules.Measure;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Profile;
import uk.gov.sli.rules.TargetSpec;
import uk.gov.sli.tables.Column;
import uk.gov.sli.tables.SheetTable;
import uk.gov.sli.tables.TableSpec;
import uk.gov.sli.tables.Text;

/**
 * The targets import, declared once: its columns (used by the importer, the {@code targets.xlsx} template and the
 * README), the row a line makes, and its key, the target code. As with figures, an optional column left out of the
 * file keeps what a target already has (its description, target, owner...); a column present with an empty cell
 * clears it or takes its default. A new target takes the defaults.
 */
public final class TargetImport {

    /**
     * One valid line: a target's definition. {@code target} null means narrative only. {@code given} names the
     * optional columns the file has; the others are taken from the stored target ({@link #over}).
     */
    public record TargetRow(String code, String theme, String title, String description, BigDecimal target,
            String unit, Measure measure, Profile profile, BigDecimal amberThreshold, boolean key,
            String owner, String reason, Set<String> given) {

        /** This line over a stored target (read as a line giving every column): what the file leaves out stays. */
        TargetRow over(TargetRow stored) {
            return new TargetRow(code, theme, title,
                    given.contains(DESCRIPTION.name()) ? description : stored.description(),
                    given.contains(TARGET.name()) ? target : stored.target(),
                    given.contains(UNIT.name()) ? unit : stored.unit(),
                    measure,
                    given.contains(PROFILE.name()) ? profile : stored.profile(),
                    given.contains(AMBER_THRESHOLD.name()) ? amberThreshold : stored.amberThreshold(),
                    given.contains(KEY.name()) ? key : stored.key(),
                    given.contains(OWNER.name()) ? owner : stored.owner(),
                    reason, given);
        }
    }

    static final Column<String> CODE = Column.required("code",
            Text.matching("[A-Za-z0-9][A-Za-z0-9_.-]{0,19}", "up to 20 letters, digits, '-', '_' or '.'"));
    static final Column<String> THEME = Column.required("theme", Text.required(200));
    static final Column<String> TITLE = Column.required("title", Text.required(500));
    static final Column<String> DESCRIPTION = Column.optional("description", Text.optional(10_000));
    static final Column<BigDecimal> TARGET = Column.optional("target",
            text -> Numbers.parseOrNone(text, Numbers.Range.FIGURE));
    static final Column<String> UNIT = Column.optional("unit", Text.optional(100));
    static final Column<Measure> MEASURE = Column.required("measure", Measure::parse);
    static final Column<Profile> PROFILE = Column.optional("profile", Profile::parse);
    static final Column<BigDecimal> AMBER_THRESHOLD = Column.optional("amber_threshold", text -> text.isEmpty()
            ? TargetSpec.DEFAULT_AMBER_THRESHOLD : Numbers.parse(text, Numbers.Range.AMBER_THRESHOLD));
    static final Column<Boolean> KEY = Column.optional("key", text -> Numbers.parseBoolean(text, false));
    static final Column<String> OWNER = Column.optional("owner", Text.optional(64));
    /** The optional columns a file may leave out, keeping what each stored target has. */
    static final List<Column<?>> KEPT_WHEN_LEFT_OUT = List.of(DESCRIPTION, TARGET, UNIT, PROFILE, AMBER_THRESHOLD, KEY, OWNER);
    /** All of them: a row that says everything (a target copied from the year before). */
    static final Set<String> EVERY_OPTIONAL_COLUMN = KEPT_WHEN_LEFT_OUT.stream().map(Column::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Why a change to a signed-off quarter's targets is made (a restatement); needed only then. */
    static final Column<String> REASON = Column.optional("reason", Text.optional(2000));

    public static final TableSpec<TargetRow> SPEC = new TableSpec<>("targets",
            List.of(CODE, THEME, TITLE, DESCRIPTION, TARGET, UNIT, MEASURE, PROFILE, AMBER_THRESHOLD, KEY, OWNER, REASON),
            cells -> new TargetRow(cells.get(CODE), cells.get(THEME), cells.get(TITLE), cells.get(DESCRIPTION),
                    cells.get(TARGET), cells.get(UNIT), cells.get(MEASURE), cells.get(PROFILE),
                    cells.get(AMBER_THRESHOLD), cells.get(KEY), cells.get(OWNER), cells.get(REASON),
                    KEPT_WHEN_LEFT_OUT.stream().filter(cells::has).map(Column::name)
                            .collect(java.util.stream.Collectors.toUnmodifiableSet())),
            List.of(CODE));

    private TargetImport() {
    }

    /** Every target in the import's own columns, to edit in a spreadsheet and import back. */
    public static SheetTable sheet(List<Target> targets) {
        return new SheetTable("Targets", SPEC.headers(), targets.stream().map(t -> List.<SheetTable.Cell>of(
                SheetTable.text(t.code), SheetTable.text(t.theme.name), SheetTable.text(t.title),
                SheetTable.text(t.description), SheetTable.number(Numbers.plain(t.targetValue)), SheetTable.text(t.unit),
                SheetTable.text(t.measure.label()), SheetTable.text(t.profile().toString()),
                SheetTable.number(Numbers.plain(t.amberThreshold)), SheetTable.text(String.valueOf(t.keyTarget)),
                SheetTable.text(t.owner), SheetTable.text(null))).toList());
    }
}
