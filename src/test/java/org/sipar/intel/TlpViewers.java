package org.sipar.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.sipar.support.Http;

/**
 * Who the viewers of the TLP table ({@code org.sipar.sharing.TlpTable#rows}, which names them) are among the demo
 * logins, for an object the bank's analyst publishes to Indus Telecom, a sharing group holding the internet
 * community body and the ministry's analyst by name, as the leak tests do. Written once, next to the one table.
 */
public final class TlpViewers {

    /** Every demo login's password. */
    public static final String PASSWORD = "sipar-demo";

    /** Viewer to email; the anonymous viewer has none. */
    public static final Map<String, String> LOGINS = Map.of("anonymous", "", "other", "admin@moit.demo",
            "recipientOrg", "analyst@telco.demo", "groupMember", "analyst@nic.demo", "publisherOrg", "admin@bank.demo",
            "publisher", "analyst@bank.demo", "hubCert", "analyst@cert.demo", "namedPerson", "analyst@moit.demo");

    private TlpViewers() {
    }

    /** A web session signed in as {@code viewer}, or not signed in for the anonymous one. */
    public static Http session(int port, String viewer) {
        Http http = new Http(port);
        String email = LOGINS.get(viewer);
        if (!email.isEmpty()) {
            assertThat(http.signIn(email, PASSWORD).statusCode()).as("%s signs in", viewer).isEqualTo(302);
        }
        return http;
    }
}
