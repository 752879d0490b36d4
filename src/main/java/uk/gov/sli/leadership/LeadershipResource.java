package uk.gov.sli.leadership;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import uk.gov.sli.platform.security.Roles;
import uk.gov.sli.tables.CsvReader;
import uk.gov.sli.tables.Imported;
import uk.gov.sli.tables.Table;
import uk.gov.sli.tables.XlsxReader;

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
    LeadershipService leadership;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Leadership programme bookings by party, region, council type and gender, and satisfaction scores (1-4)")
    public Leadership get(@PathParam("id") String id) {
        return leadership.get(id);
    }

    @POST
    @Path("/bookings")
    @Consumes({ CsvReader.MEDIA_TYPE, XlsxReader.MEDIA_TYPE })
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the year's bookings (columns dimension,category,programme,bookings), CSV or XLSX, all or nothing")
    public Imported bookings(@PathParam("id") String id, Table table) {
        return new Imported(leadership.importBookings(id, table));
    }

    @POST
    @Path("/satisfaction")
    @Consumes({ CsvReader.MEDIA_TYPE, XlsxReader.MEDIA_TYPE })
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the year's satisfaction scores (columns programme,module,score), CSV or XLSX, all or nothing")
    public Imported satisfaction(@PathParam("id") String id, Table table) {
        return new Imported(leadership.importScores(id, table));
    }
}
