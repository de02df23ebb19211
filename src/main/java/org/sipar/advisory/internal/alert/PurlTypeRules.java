package org.sipar.advisory.internal.alert;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The purl specification's rules for particular types that the reference implementation (1.5) does not apply yet:
 * which types need or forbid a namespace, whose names are case-insensitive (kept in lower case), and the shapes of a
 * few names. Each refusal names the part of the URL it is about.
 */
final class PurlTypeRules {

    private static final Set<String> NAMESPACE_REQUIRED = Set.of("swift", "vscode-extension");
    private static final Set<String> NAMESPACE_PROHIBITED = Set.of("otp", "vcpkg");
    private static final Set<String> CASE_INSENSITIVE = Set.of("brew", "composer");

    private PurlTypeRules() {
    }

    /** Refuses {@code purl}, read from {@code text}, when its type's rules forbid it. */
    static void check(PackageURL purl, String text) {
        String type = purl.getType();
        int nameAt = text.indexOf('/', 4) + 2;
        if (NAMESPACE_REQUIRED.contains(type) && purl.getNamespace() == null) {
            throw new IdentifierRejected(nameAt, "purl.namespace-required", type, "a " + type + " package URL names its namespace");
        }
        if (NAMESPACE_PROHIBITED.contains(type) && purl.getNamespace() != null) {
            throw new IdentifierRejected(nameAt, "purl.namespace-prohibited", type, "a " + type + " package URL has no namespace");
        }
        if (type.equals("cpan") && purl.getName().contains("::")) {
            throw new IdentifierRejected(nameAt, "purl.name", purl.getName(), "a CPAN package URL names the distribution (URI-PackageURL), not a module");
        }
        if (type.equals("julia") && (purl.getQualifiers() == null || !purl.getQualifiers().containsKey("uuid"))) {
            throw new IdentifierRejected(text.length() + 1, "purl.qualifier-required", "uuid", "a julia package URL has the qualifier uuid");
        }
        if (type.equals("chrome-extension")) {
            chromeExtension(purl, nameAt);
        }
    }

    private static void chromeExtension(PackageURL purl, int nameAt) {
        if (!purl.getName().matches("[a-p]{32}")) {
            throw new IdentifierRejected(nameAt, "purl.name", purl.getName(), "a Chrome extension's id is 32 letters a to p");
        }
        if (purl.getVersion() != null && !purl.getVersion().matches("\\d+(\\.\\d+){0,3}")) {
            throw new IdentifierRejected(nameAt, "purl.version", purl.getVersion(), "a Chrome extension's version is one to four numbers");
        }
    }

    /** {@code purl} with its type's case rules applied: lower-case namespace and name, or version. */
    static PackageURL normalised(PackageURL purl) {
        boolean lowerName = CASE_INSENSITIVE.contains(purl.getType());
        boolean lowerVersion = purl.getType().equals("huggingface") && purl.getVersion() != null;
        if (!lowerName && !lowerVersion) {
            return purl;
        }
        try {
            Map<String, String> qualifiers = purl.getQualifiers();
            return new PackageURL(purl.getType(), lower(purl.getNamespace(), lowerName), lower(purl.getName(), lowerName),
                    lower(purl.getVersion(), lowerVersion), qualifiers == null ? null : new TreeMap<>(qualifiers), purl.getSubpath());
        } catch (MalformedPackageURLException e) {
            throw new IllegalStateException("Lower-casing package URL " + purl + " broke it", e);
        }
    }

    private static String lower(String value, boolean lower) {
        return value == null || !lower ? value : value.toLowerCase(Locale.ROOT);
    }
}
