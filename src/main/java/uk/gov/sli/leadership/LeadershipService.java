package uk.gov.sli.leadership;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.gov.sli.leadership.LeadershipImport.BookingRow;
import uk.gov.sli.leadership.LeadershipImport.ScoreRow;
import uk.gov.sli.leadership.LeadershipResource.Booking;
import uk.gov.sli.leadership.LeadershipResource.Leadership;
import uk.gov.sli.leadership.LeadershipResource.Score;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.tables.Line;
import uk.gov.sli.tables.Table;

/** A year's leadership take-up: bookings and satisfaction scores, each replaced whole by an import. */
@ApplicationScoped
public class LeadershipService {

    @Transactional
    public Leadership get(String yearId) {
        MouYear.require(yearId);
        return new Leadership(yearId,
                LeadershipBooking.forYear(yearId).stream().map(b -> new Booking(b.dimension, b.category, b.programme, b.bookings)).toList(),
                LeadershipScore.forYear(yearId).stream().map(s -> new Score(s.programme, s.module, Numbers.plain(s.score))).toList());
    }

    @Transactional
    public int importBookings(String yearId, Table table) {
        MouYear.require(yearId);
        List<Line<BookingRow>> lines = LeadershipImport.BOOKING_SPEC.read(table);
        List<LeadershipBooking> rows = new ArrayList<>();
        for (Line<BookingRow> line : lines) {
            LeadershipBooking b = new LeadershipBooking();
            b.yearId = yearId;
            b.dimension = line.row().dimension();
            b.category = line.row().category();
            b.programme = line.row().programme();
            b.bookings = line.row().bookings();
            b.displayOrder = rows.size() + 1;
            rows.add(b);
        }
        // One by one, not in bulk, so the audit trail records each row the import replaces.
        LeadershipBooking.forYear(yearId).forEach(LeadershipBooking::delete);
        LeadershipBooking.persist(rows);
        return rows.size();
    }

    @Transactional
    public int importScores(String yearId, Table table) {
        MouYear.require(yearId);
        List<Line<ScoreRow>> lines = LeadershipImport.SCORE_SPEC.read(table);
        List<LeadershipScore> rows = new ArrayList<>();
        for (Line<ScoreRow> line : lines) {
            LeadershipScore s = new LeadershipScore();
            s.yearId = yearId;
            s.programme = line.row().programme();
            s.module = line.row().module();
            s.score = line.row().score();
            s.displayOrder = rows.size() + 1;
            rows.add(s);
        }
        // One by one, not in bulk, so the audit trail records each row the import replaces.
        LeadershipScore.forYear(yearId).forEach(LeadershipScore::delete);
        LeadershipScore.persist(rows);
        return rows.size();
    }
}
