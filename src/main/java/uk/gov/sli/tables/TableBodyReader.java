package uk.gov.sli.tables;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * A CSV or XLSX request body becomes a {@link Table} before a resource sees it, so no resource branches on the
 * media type.
 */
@Provider
@Consumes({ CsvReader.MEDIA_TYPE, XlsxReader.MEDIA_TYPE })
public class TableBodyReader implements MessageBodyReader<Table> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Table.class;
    }

    @Override
    public Table readFrom(Class<Table> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return read(body.readAllBytes(), mediaType.isCompatible(MediaType.valueOf(XlsxReader.MEDIA_TYPE)));
    }

    /** The same reading for an uploaded file, told apart by its name. */
    public static Table read(byte[] bytes, boolean xlsx) {
        return xlsx ? XlsxReader.read(bytes) : CsvReader.read(bytes);
    }
}
