package uk.gov.sli.mou;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** A group of targets within a year, such as "Peer Work in Local Authorities". */
@Entity
@Audited
@Table(name = "theme")
public class Theme extends PanacheEntityBase {

    @Id
    // From the table's own sequence, 50 ids at a time (Quarkus's default pooled-lo optimiser: a row inserted by SQL
    // never collides), so inserts go to PostgreSQL in JDBC batches instead of one round trip each (V13).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "theme_ids")
    @jakarta.persistence.SequenceGenerator(name = "theme_ids", sequenceName = "theme_id_seq", allocationSize = 50)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;
}
