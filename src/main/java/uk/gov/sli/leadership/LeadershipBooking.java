package uk.gov.sli.leadership;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Bookings on one leadership programme from one category (a party, region, council type or gender). */
@Entity
@org.hibernate.envers.Audited
@Table(name = "leadership_booking")
public class LeadershipBooking extends PanacheEntityBase {

    public static final List<String> PROGRAMMES = List.of("LA", "LE", "FoL", "LEAD", "NXG", "LEDGE");

    /** The programmes' names as the 19 January 2016 agenda, item 3, spells them out. */
    private static final java.util.Map<String, String> NAMES = java.util.Map.of("LA", "Leadership Academy",
            "LE", "Leadership Essentials", "FoL", "Focus on Leadership", "LEAD", "Leaders' Programme",
            "NXG", "Next Generation", "LEDGE", "Leading Edge");

    /** "Leadership Academy (LA)": the name, then the abbreviation the tables use. */
    public static String named(String programme) {
        String name = NAMES.get(programme);
        return name == null ? programme : name + " (" + programme + ")";
    }
    public static final List<String> DIMENSIONS = List.of("party", "region", "council_type", "gender");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "dimension", nullable = false, length = 20)
    public String dimension;

    @Column(name = "category", nullable = false, length = 100)
    public String category;

    @Column(name = "programme", nullable = false, length = 10)
    public String programme;

    @Column(name = "bookings", nullable = false)
    public int bookings;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;

    public static List<LeadershipBooking> forYear(String yearId) {
        return list("yearId = ?1 order by displayOrder", yearId);
    }
}
