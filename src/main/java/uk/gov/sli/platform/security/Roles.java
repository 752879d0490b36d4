package uk.gov.sli.platform.security;

import java.util.Set;

import uk.gov.sli.rules.InvalidInputException;

/**
 * The four roles, each including the ones below it: a viewer reads everything; a contributor also reports the
 * targets it owns; an editor enters and imports any figures; an admin also manages years, targets, users and
 * sign-off.
 */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String CONTRIBUTOR = "contributor";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static Set<String> grantedBy(String role) {
        return switch (role) {
            case ADMIN -> Set.of(ADMIN, EDITOR, CONTRIBUTOR, VIEWER);
            case EDITOR -> Set.of(EDITOR, CONTRIBUTOR, VIEWER);
            case CONTRIBUTOR -> Set.of(CONTRIBUTOR, VIEWER);
            case VIEWER -> Set.of(VIEWER);
            default -> throw new InvalidInputException("role", "role must be viewer, contributor, editor or admin, not '"
                    + role + "'");
        };
    }
}
