package uk.gov.sli.platform.web;

import java.math.BigDecimal;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;

/**
 * How figures read on the pages: "n/a" for nothing reported, plain numbers, RAG as words. Used as
 * {@code fmt:num(value)} because Qute does not call extension methods on a null value.
 */
@TemplateExtension(namespace = "fmt")
public class Formats {

    /** The most rows one import takes, as a page states it: 50,000. */
    static String maxImportRows() {
        return String.format(Locale.UK, "%,d", uk.gov.sli.tables.Table.MAX_ROWS);
    }

    static String num(BigDecimal value) {
        return value == null ? "n/a" : Numbers.plain(value).toPlainString();
    }

    /** A quarter's figure in a view as at {@code asAt}: blank when the quarter is not yet due (rule 9). */
    static String quarter(java.util.Map<String, BigDecimal> quarters, String quarter, Quarter asAt) {
        return Quarter.parse(quarter).isAfter(asAt) ? "" : num(quarters.get(quarter));
    }

    /** The reported RAG in words: a figure not yet reported reads "Awaiting Q3 figure", never a colour (rule 4). */
    static String rag(Rag rag, Quarter asAt) {
        return rag == Rag.NOT_REPORTED ? "Awaiting " + asAt + " figure" : rag.label();
    }

    static String time(java.time.OffsetDateTime at) {
        return at == null ? "" : at.withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    /** Text in paragraphs, split at blank lines. */
    static java.util.List<String> paragraphs(String text) {
        return text == null ? java.util.List.of()
                : java.util.Arrays.stream(text.split("\\R\\s*\\R")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** Text line by line, blank lines left out. */
    static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of()
                : java.util.Arrays.stream(text.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** A date as people write it: 8 January 2016. */
    static String date(java.time.LocalDate day) {
        return day == null ? "" : uk.gov.sli.rules.Money.day(day);
    }

    /** £000s as the accounts print them: negatives in brackets, thousands separated, nil as "-". */
    static String money(BigDecimal value) {
        return value == null ? "n/a" : uk.gov.sli.rules.Money.format(value);
    }

    /** Accounting period 1 is April. */
    static String month(Integer period) {
        return period == null ? "" : java.time.Month.of((period + 2) % 12 + 1)
                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
    }

    /** Text for a query string: {@code ?theme={fmt:url(theme)}}. */
    static String url(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String pct(Integer percent) {
        return percent == null ? "n/a" : percent + "%";
    }

    /** The overview tile's class for a status: its top border in the RAG colour. */
    static String tile(Rag rag) {
        return "app-tile--" + rag.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String css(Rag rag) {
        return "rag rag-" + rag.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
