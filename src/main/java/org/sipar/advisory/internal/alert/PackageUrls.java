package org.sipar.advisory.internal.alert;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;

/**
 * Package URLs ({@code pkg:type/namespace/name@version?qualifiers#subpath}) as the purl specification defines them,
 * read by its reference implementation (which also applies the rules of the well-known types, such as lower-case
 * npm and PyPI names), with the specification's type rules that it lacks ({@link PurlTypeRules}).
 */
final class PackageUrls {

    private PackageUrls() {
    }

    /** The package URL in {@code text}, or the failure naming what breaks it. */
    static PackageURL parse(String text) {
        if (!text.regionMatches(true, 0, "pkg:", 0, 4)) {
            throw new IdentifierRejected(1, "purl.scheme", "pkg:", "a package URL starts with pkg:");
        }
        PackageURL purl;
        try {
            purl = new PackageURL(text);
        } catch (MalformedPackageURLException | RuntimeException e) {
            throw new IdentifierRejected(position(text, e.getMessage()), "purl.malformed", e.getMessage(),
                    "not a package URL: " + e.getMessage());
        }
        PurlTypeRules.check(purl, text);
        return PurlTypeRules.normalised(purl);
    }

    /** The package's identity without its version: {@code type/namespace/name}, as advisories' products are matched. */
    static String key(PackageURL purl) {
        return purl.getType() + "/" + (purl.getNamespace() == null ? "" : purl.getNamespace()) + "/" + purl.getName();
    }

    /**
     * Where the library's complaint points: the part of the URL it names (type, namespace, name, version,
     * qualifiers or subpath), else the start; the library names parts, not characters.
     */
    private static int position(String text, String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        int slash = text.indexOf('/', 4);
        if (m.contains("type") || slash < 0) {
            return 5;
        }
        if (m.contains("qualifier") && text.indexOf('?') > 0) {
            return text.indexOf('?') + 2;
        }
        if (m.contains("subpath") && text.indexOf('#') > 0) {
            return text.indexOf('#') + 2;
        }
        if (m.contains("version") && text.indexOf('@', slash) > 0) {
            return text.indexOf('@', slash) + 2;
        }
        return slash + 2;
    }
}
