package org.sipar.stream.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sipar.platform.InputRejected;
import org.sipar.sharing.Tlp;

/** Reads the values of a feed filter's parameters, adding a problem that names each bad one. */
final class FeedFilterValues {

    private FeedFilterValues() {
    }

    static Set<Tlp> tlps(List<String> given, List<InputRejected.Problem> problems) {
        Set<Tlp> tlps = EnumSet.noneOf(Tlp.class);
        for (String text : given) {
            try {
                tlps.add(Tlp.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(new InputRejected.Problem("tlp", text, "is not a TLP level: expected clear, green, amber, amber+strict or red"));
            }
        }
        return tlps;
    }

    static Integer confidence(String text, List<InputRejected.Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, as any value outside 0-100 is
        }
        problems.add(new InputRejected.Problem("min_confidence", text, "must be a whole number from 0 to 100"));
        return null;
    }

    static UUID collection(String text, List<InputRejected.Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(new InputRejected.Problem("collection", text, "is not a TAXII collection id (a UUID)"));
            return null;
        }
    }
}
