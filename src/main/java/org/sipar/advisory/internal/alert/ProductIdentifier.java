package org.sipar.advisory.internal.alert;

import com.github.packageurl.PackageURL;
import java.util.Locale;

/**
 * A product named as matching needs it, from a CPE 2.3 name or a package URL: its canonical form, the key an
 * advisory's product must share (part, vendor and product of a CPE; type, namespace and name of a package URL) and
 * the version it gives, if any (a CPE's ANY {@code *} or NA {@code -} gives none).
 */
public record ProductIdentifier(Kind kind, String canonical, String matchKey, String version) {

    /** How the product is named. */
    public enum Kind { CPE, PURL }

    /** The identifier in {@code text}, or the failure naming the first character that breaks its grammar. */
    public static ProductIdentifier parse(String text) {
        String s = text.strip();
        if (s.regionMatches(true, 0, "cpe:", 0, 4)) {
            CpeName cpe = CpeName.parse(s);
            String version = CpeName.logical(cpe.version()) ? null : cpe.version();
            return new ProductIdentifier(Kind.CPE, cpe.toString(),
                    "cpe:" + cpe.part() + ":" + cpe.vendor() + ":" + cpe.product(), version);
        }
        if (s.regionMatches(true, 0, "pkg:", 0, 4)) {
            PackageURL purl = PackageUrls.parse(s);
            return new ProductIdentifier(Kind.PURL, purl.canonicalize(), "pkg:" + PackageUrls.key(purl), purl.getVersion());
        }
        throw new IdentifierRejected(1, "identifier", s.length() > 8 ? s.substring(0, 8) : s,
                "a product is named by a CPE 2.3 name (cpe:2.3:...) or a package URL (pkg:...)");
    }

    /**
     * Whether an advisory's product {@code affected} is this registered product: the same key, and the same version
     * when both give one (a registered product without a version runs every version; an advisory's product without
     * one affects every version).
     */
    public boolean matches(ProductIdentifier affected) {
        return matchKey.equals(affected.matchKey) && (version == null || affected.version == null
                || version.toLowerCase(Locale.ROOT).equals(affected.version.toLowerCase(Locale.ROOT)));
    }
}
