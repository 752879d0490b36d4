package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import uk.gov.sli.rules.Measure;
import uk.gov.sli.rules.Profile;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.TargetSpec;

/** An MoU commitment with its numeric target (absent for narrative-only commitments). */
@Entity
@Audited
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    // From the table's own sequence, 50 ids at a time (Quarkus's default pooled-lo optimiser: a row inserted by SQL
    // never collides), so inserts go to PostgreSQL in JDBC batches instead of one round trip each (V13).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_ids")
    @jakarta.persistence.SequenceGenerator(name = "target_ids", sequenceName = "target_id_seq", allocationSize = 50)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    public Theme theme;

    @Column(name = "code", nullable = false, length = 20)
    public String code;

    @Column(name = "title", nullable = false, length = 500)
    public String title;

    @Column(name = "description")
    public String description;

    @Column(name = "target_value", precision = 17, scale = 4)
    public BigDecimal targetValue;

    @Column(name = "unit", length = 100)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, length = 10)
    public Measure measure;

    @Column(name = "profile_q1", nullable = false)
    public int profileQ1 = 25;

    @Column(name = "profile_q2", nullable = false)
    public int profileQ2 = 50;

    @Column(name = "profile_q3", nullable = false)
    public int profileQ3 = 75;

    @Column(name = "profile_q4", nullable = false)
    public int profileQ4 = 100;

    @Column(name = "amber_threshold", nullable = false, precision = 4, scale = 3)
    public BigDecimal amberThreshold = TargetSpec.DEFAULT_AMBER_THRESHOLD;

    @Column(name = "key_target", nullable = false)
    public boolean keyTarget;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;

    /** The user who reports this target each quarter (a username), if any. */
    @Column(name = "owner", length = 64)
    public String owner;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @OneToMany(mappedBy = "target", fetch = FetchType.LAZY)
    @OrderBy("quarter")
    public List<QuarterlyFigure> figures = new ArrayList<>();

    public Profile profile() {
        return new Profile(List.of(profileQ1, profileQ2, profileQ3, profileQ4));
    }

    public void setProfile(Profile profile) {
        profileQ1 = profile.percentAt(Quarter.Q1);
        profileQ2 = profile.percentAt(Quarter.Q2);
        profileQ3 = profile.percentAt(Quarter.Q3);
        profileQ4 = profile.percentAt(Quarter.Q4);
    }

    public TargetSpec spec() {
        return new TargetSpec(targetValue, measure, profile(), amberThreshold);
    }

    public Optional<QuarterlyFigure> figure(Quarter quarter) {
        return figures.stream().filter(f -> f.quarter() == quarter).findFirst();
    }

    /** Reported values by quarter; a quarter with no figure or no value is absent. */
    public Map<Quarter, BigDecimal> values() {
        Map<Quarter, BigDecimal> values = new EnumMap<>(Quarter.class);
        for (QuarterlyFigure figure : figures) {
            if (figure.value != null) {
                values.put(figure.quarter(), figure.value);
            }
        }
        return values;
    }

    public static Optional<Target> findByCode(String yearId, String code) {
        return find("yearId = ?1 and code = ?2", yearId, code).firstResultOptional();
    }

    /** The year's target with this code, or 404 (for the year or the target). */
    public static Target require(String yearId, String code) {
        MouYear.require(yearId);
        return findByCode(yearId, code)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No target '" + code + "' in " + yearId));
    }

    /** Officers' overrides by quarter; each belongs to its own quarter only. */
    public Map<Quarter, uk.gov.sli.rules.Rag> overrides() {
        Map<Quarter, uk.gov.sli.rules.Rag> overrides = new EnumMap<>(Quarter.class);
        for (QuarterlyFigure figure : figures) {
            if (figure.ragOverride != null) {
                overrides.put(figure.quarter(), figure.ragOverride);
            }
        }
        return overrides;
    }

    /** Hibernate de-duplicates fetch-joined roots itself; "distinct" would only make PostgreSQL sort the rows. */
    private static final String YEAR_WITH_FIGURES = """
            select t from Target t
            join fetch t.theme th
            left join fetch t.figures
            where t.yearId = ?1
            order by th.displayOrder, t.displayOrder""";

    /** Which of these codes the year holds: a query per thousand codes, codes only. */
    public static java.util.Set<String> codesIn(String yearId, java.util.Collection<String> codes) {
        return new java.util.HashSet<>(byThousands(codes, chunk -> getEntityManager()
                .createQuery("select t.code from Target t where t.yearId = ?1 and t.code in ?2", String.class)
                .setParameter(1, yearId).setParameter(2, chunk).getResultList()));
    }

    /** A query over many codes, a thousand codes at a time (a bounded IN list), its results together. */
    private static <T> List<T> byThousands(java.util.Collection<String> codes, java.util.function.Function<List<String>, List<T>> query) {
        List<String> all = new java.util.ArrayList<>(codes);
        List<T> results = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + 1000))));
        }
        return results;
    }

    /**
     * Every target of a year with its theme and figures, in display order, in one query, for reading only: no
     * snapshots kept for dirty checking.
     */
    private static List<Target> readWithFigures(String yearId) {
        return find(YEAR_WITH_FIGURES, yearId).withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list();
    }

    /**
     * What {@code use} makes of every target of a year with its theme and figures ({@link #readWithFigures}), after
     * which the targets are let go: the rest of the transaction does not carry them. Hibernate goes through every
     * entity it holds before each later query (auto-flush), ~0.3 s a query for a year of 25,000 targets. When the
     * transaction held nothing before the read, everything is let go at once; otherwise only what the read loaded
     * read-only, one by one, so that an entity this transaction had loaded to change keeps its changes.
     */
    public static <R> R readWithFigures(String yearId, java.util.function.Function<List<Target>, R> use) {
        org.hibernate.Session session = getEntityManager().unwrap(org.hibernate.Session.class);
        boolean heldNothing = session.getStatistics().getEntityCount() == 0 && session.getStatistics().getCollectionCount() == 0;
        List<Target> targets = readWithFigures(yearId);
        R result = use.apply(targets);
        if (heldNothing) {
            session.clear();
            return result;
        }
        for (Target target : targets) {
            if (!session.contains(target) || !session.isReadOnly(target)) {
                continue;
            }
            for (QuarterlyFigure figure : target.figures) {
                if (session.contains(figure) && session.isReadOnly(figure)) {
                    session.detach(figure);
                }
            }
            session.detach(target);
        }
        return result;
    }

    /** The targets with this code in every year, with their figures, in one query. */
    public static List<Target> readAcrossYears(String code) {
        return find("""
                select t from Target t
                join fetch t.theme
                left join fetch t.figures
                where t.code = ?1
                order by t.yearId""", code)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list();
    }
}
