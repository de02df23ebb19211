package org.sipar.platform;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Addresses Sipar may send requests to on a user's say-so (webhook endpoints, remote TAXII servers), so that a
 * URL typed into a form can never reach the machine itself or the private network behind it (server-side request
 * forgery). Check the URL when it is saved and again before every request, since a name may resolve elsewhere later.
 */
public final class OutboundAddresses {

    /** What a check allows beyond public HTTPS addresses. */
    public record Allowance(boolean privateNetworks, boolean plainHttpOnLoopback) {

        /** Public HTTPS addresses only. */
        public static final Allowance PUBLIC_ONLY = new Allowance(false, false);
    }

    private OutboundAddresses() {
    }

    /**
     * {@code url} as a URI, if it is an absolute {@code https} URL (or {@code http} to a loopback address where
     * allowed) whose host resolves only to addresses {@code allowance} permits.
     *
     * @throws InputRejected naming {@code field}, the URL and what is wrong with it
     */
    public static URI checked(String field, String url, Allowance allowance) {
        URI uri = parsed(field, url);
        List<InetAddress> addresses = resolved(field, url, uri.getHost());
        boolean loopbackOnly = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowance.plainHttpOnLoopback() && loopbackOnly)) {
            throw new InputRejected(field, url, "must be an https:// URL");
        }
        boolean loopbackAllowed = scheme.equals("http") || allowance.privateNetworks();
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() ? !loopbackAllowed : internal(address) && !allowance.privateNetworks()) {
                throw new InputRejected(field, url, "resolves to " + address.getHostAddress()
                        + ", a private, loopback or link-local address, which Sipar does not send requests to");
            }
        }
        return uri;
    }

    private static URI parsed(String field, String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new InputRejected(field, url, "must be an absolute URL with a host and no user name in it");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InputRejected(field, url, "is not a URL: " + e.getReason());
        }
    }

    private static List<InetAddress> resolved(String field, String url, String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new InputRejected(field, url, "names a host that does not resolve: " + host);
        }
    }

    /** Private (RFC 1918, unique local fc00::/7), link-local, carrier-grade NAT, unspecified or multicast. */
    static boolean internal(InetAddress address) {
        byte[] b = address.getAddress();
        boolean cgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean zeroNet = b.length == 4 && b[0] == 0;
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || cgnat || zeroNet || uniqueLocal;
    }
}
