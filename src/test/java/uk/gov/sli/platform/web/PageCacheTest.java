package uk.gov.sli.platform.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;

/** A kept page is sent again and tagged; a page carrying a form token belongs to one session and is neither. */
@QuarkusTest
class PageCacheTest {

    private static final String BASE = "/test-only/page-cache/";

    @Test
    void aPageWithoutAFormIsRenderedOnceTaggedAndAnswered304ToItsHolder() {
        int before = PageCacheProbe.RENDERS.get();
        String etag = As.viewer().get(BASE + "without-form").then().statusCode(200).extract().header("ETag");
        As.viewer().get(BASE + "without-form").then().statusCode(200).header("ETag", equalTo(etag))
                .body(equalTo("<p>the same for every viewer</p>"));
        As.viewer().header("If-None-Match", etag).get(BASE + "without-form").then().statusCode(304);
        assertEquals(before + 1, PageCacheProbe.RENDERS.get(), "rendered once, then sent from what was kept");
    }

    @Test
    void aPageWithAFormTokenIsRenderedForEveryRequestAndNeverTagged() {
        int before = PageCacheProbe.RENDERS.get();
        As.viewer().get(BASE + "with-form").then().statusCode(200).header("ETag", nullValue());
        As.viewer().header("If-None-Match", "\"anything\"").get(BASE + "with-form").then().statusCode(200)
                .header("ETag", nullValue());
        assertEquals(before + 2, PageCacheProbe.RENDERS.get(), "rendered for each request, never kept");
    }

    @Test
    void anAnswerLargerThanAQuarterOfWhatIsKeptIsRenderedEachTimeButStillAnswered304() {
        int before = PageCacheProbe.RENDERS.get();
        String etag = As.viewer().get(BASE + "larger-than-kept").then().statusCode(200).extract().header("ETag");
        int length = As.viewer().get(BASE + "larger-than-kept").then().statusCode(200).header("ETag", equalTo(etag))
                .extract().asByteArray().length;
        assertEquals(PageCache.LARGEST_KEPT + 7, length);
        assertEquals(before + 2, PageCacheProbe.RENDERS.get(), "not kept: rendered for each request");
        As.viewer().header("If-None-Match", etag).get(BASE + "larger-than-kept").then().statusCode(304);
        assertEquals(before + 2, PageCacheProbe.RENDERS.get(), "its holder is told 304 without a render");
    }
}
