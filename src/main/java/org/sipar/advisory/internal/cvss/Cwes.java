package org.sipar.advisory.internal.cvss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sipar.platform.InputRejected;

/**
 * The exact catalogue names of the CWEs advisories name most (CWE Top 25 of 2024 and other frequent ones; the
 * table is {@code common-cwes.tsv} beside this class, each name checked against MITRE's catalogue 4.15 by a test).
 * For any other CWE, a {@link CweCatalogue} read from MITRE's XML has them all.
 */
public final class Cwes {

    private static final Pattern ID = Pattern.compile("CWE-[1-9]\\d*");
    private static final CweCatalogue COMMON = new CweCatalogue(load());

    private Cwes() {
    }

    /** The exact name of {@code id} (such as CWE-79), or empty when the built-in table does not have it. */
    public static Optional<String> name(String id) {
        return COMMON.name(id);
    }

    /** The built-in table as a catalogue. */
    public static CweCatalogue common() {
        return COMMON;
    }

    /** {@code id} when it is {@code CWE-} and a number; otherwise the input is rejected, naming the value. */
    static String checkedId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InputRejected(List.of(new InputRejected.Problem("cwe", id, "'" + id + "' is not a CWE id:"
                    + " expected CWE- and a number, e.g. CWE-79", "advisory.cvss.cwe-rejected",
                    List.of(String.valueOf(id)))));
        }
        return id;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (var in = Cwes.class.getResourceAsStream("common-cwes.tsv");
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\t", 2);
                names.put(parts[0], parts[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table of common CWEs", e);
        }
        return names;
    }
}
