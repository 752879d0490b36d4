package uk.gov.sli.platform.security;

import java.util.Set;

/** The three roles of PRODUCT.md section 6, each including the ones below it. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static Set<String> grantedBy(String role) {
        return switch (role) {
            case ADMIN -> Set.of(ADMIN, EDITOR, VIEWER);
            case EDITOR -> Set.of(EDITOR, VIEWER);
            case VIEWER -> Set.of(VIEWER);
            default -> throw new uk.gov.sli.rules.InvalidInputException("role", "role must be viewer, editor or admin, not '" + role + "'");
        };
    }
}
