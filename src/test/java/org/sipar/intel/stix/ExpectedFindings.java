package org.sipar.intel.stix;

/** The findings the validator's tests expect, written short. The objects they check are in {@link org.sipar.support.stix.SpecExamples}. */
final class ExpectedFindings {

    private ExpectedFindings() {
    }

    static Finding error(String property, String message) {
        return new Finding(Finding.Severity.ERROR, property, message);
    }

    static Finding warning(String property, String message) {
        return new Finding(Finding.Severity.WARNING, property, message);
    }
}
