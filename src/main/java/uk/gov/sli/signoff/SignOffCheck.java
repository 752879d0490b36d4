package uk.gov.sli.signoff;

import java.util.List;

import uk.gov.sli.rules.Quarter;

/**
 * Something a sign-off must be confirmed past, provided by a feature above sign-off: the quarterly return lists the
 * key targets whose items are not yet accepted.
 */
public interface SignOffCheck {

    /** What the admin must confirm to sign the quarter off now (empty: nothing). */
    List<String> unconfirmed(String yearId, Quarter quarter);
}
