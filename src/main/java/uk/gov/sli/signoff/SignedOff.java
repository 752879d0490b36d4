package uk.gov.sli.signoff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Who signed a quarter off and when, and which snapshot every view of it is rendered from. */
public record SignedOff(String by, OffsetDateTime at, String sha256, int version) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** "Signed off by admin on 19 January 2016 · snapshot 3f2a9c0e1b7d". */
    public String statement() {
        return "Signed off by " + by + " on " + day() + " · snapshot " + shortHash();
    }

    public String day() {
        return at.atZoneSameInstant(ZoneOffset.UTC).format(DAY);
    }

    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
