package uk.gov.sli.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;

/**
 * The CSRF token for the header's sign-out form ({@code inject:formToken}). An error page rendered before the CSRF
 * filter ran (a 404 for an address no page answers) has none; the header then leaves the form out instead of failing.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    @Inject
    CsrfTokenParameterProvider csrf;

    public String parameterName() {
        return csrf.getParameterName();
    }

    /** The token, or null when this request has none. */
    public String token() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
