package uk.gov.sli.web;

import java.math.BigDecimal;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import uk.gov.sli.rules.Rag;

/**
 * How figures read on the pages: "n/a" for nothing reported, plain numbers, RAG as words. Used as
 * {@code fmt:num(value)} because Qute does not call extension methods on a null value.
 */
@TemplateExtension(namespace = "fmt")
public class Formats {

    static String num(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String time(java.time.OffsetDateTime at) {
        return at == null ? "" : at.withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    /** £000s as the accounts print them: negatives in brackets, thousands separated, nil as "-". */
    static String money(BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        if (value.signum() == 0) {
            return "-";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##");
        String digits = format.format(value.abs());
        return value.signum() < 0 ? "(" + digits + ")" : digits;
    }

    /** Accounting period 1 is April. */
    static String month(Integer period) {
        return period == null ? "" : java.time.Month.of((period + 2) % 12 + 1)
                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
    }

    static String pct(Integer percent) {
        return percent == null ? "n/a" : percent + "%";
    }

    static String css(Rag rag) {
        return "rag rag-" + rag.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
