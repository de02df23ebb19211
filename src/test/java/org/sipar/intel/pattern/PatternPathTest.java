package org.sipar.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sipar.intel.pattern.PatternTrees.inside;
import static org.sipar.intel.pattern.PatternTrees.path;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sipar.intel.pattern.ComparisonExpression.Comparison;
import org.sipar.intel.pattern.PathStep.AnyIndex;
import org.sipar.intel.pattern.PathStep.Index;
import org.sipar.intel.pattern.PathStep.Property;

class PatternPathTest {

    private static ObjectPath pathOf(String pattern) {
        return ((Comparison) inside(pattern)).path();
    }

    @Test
    void nestedPropertiesFollowReferencesStepByStep() {
        assertThat(pathOf("[email-message:from_ref.value = 'a@example.com']"))
                .isEqualTo(path("email-message", "from_ref", "value"));
    }

    @Test
    void listIndexesMayBeNumbersNegativeNumbersOrAStar() {
        assertThat(pathOf("[network-traffic:protocols[0] = 'tcp']").steps())
                .containsExactly(new Property("protocols"), new Index(0));
        assertThat(pathOf("[network-traffic:protocols[-1] = 'tcp']").steps()).last().isEqualTo(new Index(-1));
        assertThat(pathOf("[email-message:body_multipart[*].body_raw_ref.name = 'x']").steps())
                .containsExactly(new Property("body_multipart"), new AnyIndex(), new Property("body_raw_ref"),
                        new Property("name"));
    }

    @Test
    void quotedComponentsMayHoldHyphensAndQuotedPlainNamesEqualBareOnes() {
        assertThat(pathOf("[file:hashes.'SHA-256' LIKE 'x%']")).isEqualTo(path("file", "hashes", "SHA-256"));
        assertThat(pathOf("[file:'name' = 'x']")).isEqualTo(path("file", "name"));
        assertThat(pathOf("[file:hashes.'it\\'s' = 'x']").steps()).last().isEqualTo(new Property("it's"));
    }

    @Test
    void extensionNamesAreQuotedPropertiesOfTheExtensionsDictionary() {
        ObjectPath path = pathOf("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]");
        assertThat(path.steps()).containsExactly(new Property("extensions"), new Property("windows-pebinary-ext"),
                new Property("sections"), new AnyIndex(), new Property("entropy"));
        assertThat(path.property()).isEqualTo("extensions.'windows-pebinary-ext'.sections[*].entropy");
    }

    @Test
    void customObjectTypesMayHoldHyphensAndUnderscores() {
        assertThat(pathOf("[x-usb-device:usbdrive.serial_number = '5758']").objectType()).isEqualTo("x-usb-device");
        assertThat(pathOf("[x_whatever:detected = true]").objectType()).isEqualTo("x_whatever");
    }

    @Test
    void pathsListsEveryPathInTextualOrderAndObjectTypesTheDistinctTypes() {
        ObservationExpression pattern = StixPatterns.parse("[file:name = 'a' AND file:size > 5] FOLLOWEDBY "
                + "([ipv4-addr:value = '203.0.113.1'] OR [EXISTS file:hashes.MD5]) WITHIN 60 SECONDS");
        assertThat(pattern.paths()).containsExactly(path("file", "name"), path("file", "size"),
                path("ipv4-addr", "value"), path("file", "hashes", "MD5"));
        assertThat(pattern.objectTypes()).containsExactly("file", "ipv4-addr");
    }

    @Test
    void pathsOfPartsOfTheTreeCoverOnlyThoseParts() {
        ObservationExpression.And pattern = (ObservationExpression.And) StixPatterns.parse(
                "[domain-name:value = 'example.com'] AND [url:value = 'http://example.com/']");
        assertThat(pattern.operands().get(1).paths()).isEqualTo(List.of(path("url", "value")));
        assertThat(new Literal.IntLiteral(1).paths()).isEmpty();
    }
}
