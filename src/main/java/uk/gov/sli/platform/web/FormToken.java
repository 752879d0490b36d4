package uk.gov.sli.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;

/**
 * The CSRF token for the pages' forms ({@code inject:formToken.token}). It remembers whether the page used it: a page
 * with a token belongs to one session and is never kept for anyone else ({@link PageCache}). An error page rendered
 * before the CSRF filter ran (a 404 for an address no page answers) has none.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    @Inject
    CsrfTokenParameterProvider csrf;

    private boolean used;

    public String parameterName() {
        return csrf.getParameterName();
    }

    /** The token, or null when this request has none. */
    public String token() {
        used = true;
        try {
            return csrf.getToken();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** Whether this request's page carries the token. */
    public boolean used() {
        return used;
    }
}
