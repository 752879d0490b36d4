package uk.gov.sli.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Answers a page or JSON view from the data version it was computed from. The entity tag is a digest of what the
 * answer depends on: the address with its query, the user and their roles, and the data version the caller holds
 * (in memory between changes: {@code mou.DataVersion}). A request that already holds that tag gets {@code 304 Not Modified}; otherwise the bytes rendered
 * last time for the same key are sent again, and only a new key renders. Keys include the user, so nobody is ever
 * served a page rendered for someone else (another role's links, another name in the header). A page that carries a
 * form token belongs to one session: it is neither kept nor tagged.
 */
@ApplicationScoped
public class PageCache {

    private record Rendered(byte[] body, String etag) {
    }

    /**
     * What the kept answers may hold in all, in bytes: ~200 of the seed year's pages. Weighed by size, not counted: the
     * answers of a year of 25,000 targets are 12-15 MB each, and 500 of them, as a count once allowed, would have
     * held the whole heap.
     */
    static final long KEPT_BYTES = 16L * 1024 * 1024;

    /**
     * The largest answer kept: a quarter of {@link #KEPT_BYTES}, so one year's 12 MB list never pushes out every other
     * page. A larger one is rendered again when asked for, and its holder still gets 304.
     */
    static final int LARGEST_KEPT = (int) (KEPT_BYTES / 4);

    private final Cache<String, Rendered> rendered = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((String key, Rendered answer) -> key.length() + answer.body().length)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    @Inject
    SecurityIdentity identity;

    @Inject
    FormToken formToken;

    /**
     * @param address the path and query the answer is for
     * @param version the data version the answer is computed from, as it stands now
     * @param render renders the answer when no kept copy matches
     */
    public Response answer(HttpHeaders headers, String address, String version, MediaType type, Supplier<String> render) {
        String key = address + "\n" + user() + "\n" + version;
        String etag = digest(key);
        if (matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified(new EntityTag(etag)).build();
        }
        Rendered kept = rendered.getIfPresent(key);
        if (kept == null) {
            String body = render.get();
            if (formToken.used()) {
                return Response.ok(body, type).build();
            }
            kept = new Rendered(body.getBytes(StandardCharsets.UTF_8), etag);
            if (kept.body().length <= LARGEST_KEPT) {
                rendered.put(key, kept);
            }
        }
        return Response.ok(kept.body(), type.withCharset("UTF-8")).tag(new EntityTag(kept.etag())).build();
    }

    /** A JSON view answered as {@link #answer} answers a page: rendered by the service's own object mapper. */
    public Response json(HttpHeaders headers, String address, String version, Supplier<?> view) {
        return answer(headers, address, version, MediaType.APPLICATION_JSON_TYPE, () -> {
            try {
                return mapper.writeValueAsString(view.get());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The path and query a request was made to: what an answer is kept under, with the user and the version. */
    public static String address(jakarta.ws.rs.core.UriInfo uri) {
        return uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery();
    }

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    private String user() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return identity.getPrincipal().getName() + " " + new TreeSet<>(identity.getRoles());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + etag + "\"") || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
