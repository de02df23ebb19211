package org.sipar.intel.stix;

import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The hashes type (specification section 2.6): a dictionary of hash values by algorithm, where the
 * algorithms of hash-algorithm-ov must have their form, as the OASIS hashes-type schema gives it.
 */
final class Hashes {

    private static final Map<String, Pattern> FORMS = Map.of(
            "MD5", hex(32), "SHA-1", hex(40), "SHA-256", hex(64), "SHA-512", hex(128),
            "SHA3-256", hex(64), "SHA3-512", hex(128),
            "SSDEEP", Pattern.compile("[a-zA-Z0-9/+:.]{1,128}"),
            // the schema's 70 characters, and TLSH's current digest form, "T1" and 70 hexadecimal digits
            "TLSH", Pattern.compile("[a-zA-Z0-9]{70}|T1[0-9a-fA-F]{70}"));

    private Hashes() {
    }

    private static Pattern hex(int digits) {
        return Pattern.compile("[0-9a-fA-F]{" + digits + "}");
    }

    /** Checks the hashes property of {@code container} (at {@code path}, empty at the top), if it is an object. */
    static void check(JsonNode container, String path, Findings findings) {
        JsonNode hashes = container.get("hashes");
        if (hashes == null || !hashes.isObject()) {
            return; // absent, or reported as no object by its property type
        }
        String at = path.isEmpty() ? "hashes" : path + ".hashes";
        if (hashes.isEmpty()) {
            findings.error(at, "must hold at least one hash");
        }
        hashes.forEachEntry((algorithm, value) -> checkOne(algorithm, value, at + "." + algorithm, findings));
    }

    private static void checkOne(String algorithm, JsonNode value, String path, Findings findings) {
        Pattern form = FORMS.get(algorithm);
        if (!algorithm.matches("[a-zA-Z0-9_-]{3,250}")) {
            findings.error(path, "hash algorithm names are 3-250 of a-z, A-Z, 0-9, '-' and '_'");
        } else if (!value.isString()) {
            findings.error(path, "must be a string, not " + Nodes.show(value));
        } else if (form != null && !form.matcher(value.stringValue()).matches()) {
            findings.error(path, Nodes.show(value) + " is not a valid " + algorithm + " hash");
        }
    }
}
