package uk.gov.sli.platform.security;

import io.vertx.ext.web.RoutingContext;

/** The client's address as the service sees it (behind a proxy, enable quarkus.http.proxy.proxy-address-forwarding). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(RoutingContext routing) {
        var address = routing.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
