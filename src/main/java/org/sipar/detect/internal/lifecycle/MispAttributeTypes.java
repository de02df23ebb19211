package org.sipar.detect.internal.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * MISP attribute types mapped to the value kinds they hold. A composite type ({@code domain|ip},
 * {@code filename|sha256}, {@code ip-dst|port}) holds each of its parts' kinds. Types with no kind here (sha224,
 * ssdeep, filename, port ...) hold none, so a list meant only for them is never consulted.
 */
final class MispAttributeTypes {

    private static final Set<ValueKind> ADDRESSES = EnumSet.of(ValueKind.IPV4, ValueKind.IPV6, ValueKind.CIDR);

    private MispAttributeTypes() {
    }

    static Set<ValueKind> kindsOf(String attributeType) {
        EnumSet<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
        for (String part : attributeType.split("\\|")) {
            kinds.addAll(kindsOfPart(part));
        }
        return kinds;
    }

    private static Set<ValueKind> kindsOfPart(String part) {
        return switch (part) {
            case "ip-src", "ip-dst", "ip" -> ADDRESSES;
            case "hostname", "domain" -> EnumSet.of(ValueKind.DOMAIN_NAME);
            case "url", "uri", "link" -> EnumSet.of(ValueKind.URL);
            case "email", "email-src", "email-dst", "email-reply-to", "target-email", "whois-registrant-email",
                    "dns-soa-email" -> EnumSet.of(ValueKind.EMAIL);
            case "md5" -> EnumSet.of(ValueKind.MD5);
            case "sha1" -> EnumSet.of(ValueKind.SHA_1);
            case "sha256" -> EnumSet.of(ValueKind.SHA_256);
            case "sha512" -> EnumSet.of(ValueKind.SHA_512);
            default -> EnumSet.noneOf(ValueKind.class);
        };
    }
}
