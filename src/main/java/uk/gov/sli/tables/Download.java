package uk.gov.sli.tables;

import jakarta.ws.rs.core.Response;

/** A file to hand over: its bytes (or text), media type and the name it is saved under. */
public record Download(Object body, String mediaType, String filename) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = XlsxReader.MEDIA_TYPE;
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public Response response() {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
