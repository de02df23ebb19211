package org.sipar.intel.stix;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one validation run, in the order the rules found them. */
final class Findings {

    private final List<Finding> found = new ArrayList<>();

    void error(String property, String message) {
        found.add(new Finding(Finding.Severity.ERROR, property, message));
    }

    void warning(String property, String message) {
        found.add(new Finding(Finding.Severity.WARNING, property, message));
    }

    List<Finding> toList() {
        return List.copyOf(found);
    }
}
