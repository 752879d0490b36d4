package uk.gov.sli.leadership;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.importing.CsvTables;
import uk.gov.sli.importing.XlsxTables;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.YearResource.Imported;
import uk.gov.sli.mou.Years;
import uk.gov.sli.security.Roles;

@Path("/api/years/{id}/leadership")
@Produces(MediaType.APPLICATION_JSON)
public class LeadershipResource {

    public record Booking(String dimension, String category, String programme, int bookings) {
    }

    public record Score(String programme, String module, BigDecimal score) {
    }

    public record Leadership(String year, List<Booking> bookings, List<Score> satisfaction) {
    }

    @Inject
    LeadershipImporter importer;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    @Operation(summary = "Leadership programme bookings by party, region, council type and gender, and satisfaction scores (1-4)")
    public Leadership get(@PathParam("id") String id) {
        Years.require(id);
        return new Leadership(id,
                LeadershipBooking.forYear(id).stream().map(b -> new Booking(b.dimension, b.category, b.programme, b.bookings)).toList(),
                LeadershipScore.forYear(id).stream().map(s -> new Score(s.programme, s.module, DeliverablesService.plain(s.score))).toList());
    }

    @POST
    @Path("/bookings")
    @Consumes("text/csv")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the year's bookings (columns dimension,category,programme,bookings), all or nothing")
    public Imported bookings(@PathParam("id") String id, String csv) {
        return new Imported(importer.importBookings(id, CsvTables.read(csv)));
    }

    @POST
    @Path("/bookings")
    @Consumes(XlsxTables.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    public Imported bookingsXlsx(@PathParam("id") String id, byte[] xlsx) {
        return new Imported(importer.importBookings(id, XlsxTables.read(xlsx)));
    }

    @POST
    @Path("/satisfaction")
    @Consumes("text/csv")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the year's satisfaction scores (columns programme,module,score), all or nothing")
    public Imported satisfaction(@PathParam("id") String id, String csv) {
        return new Imported(importer.importScores(id, CsvTables.read(csv)));
    }

    @POST
    @Path("/satisfaction")
    @Consumes(XlsxTables.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    public Imported satisfactionXlsx(@PathParam("id") String id, byte[] xlsx) {
        return new Imported(importer.importScores(id, XlsxTables.read(xlsx)));
    }
}
