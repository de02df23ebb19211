package org.sipar.intel.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The object types of STIX 2.1, grouped as the specification groups them. */
class StixKindTest {

    @Test
    void theSpecificationDefinesNineteenSdosTwoSrosEighteenScosAndThreeMetaObjects() {
        assertThat(StixKind.Sdo.values()).hasSize(19);
        assertThat(StixKind.Sro.values()).hasSize(2);
        assertThat(StixKind.Sco.values()).hasSize(18);
        assertThat(StixKind.Meta.values()).hasSize(3);
        assertThat(Arrays.stream(StixKind.Sco.values()).map(StixKind::typeName))
                .contains("ipv4-addr", "x509-certificate", "windows-registry-key", "autonomous-system");
    }

    @Test
    void typeNamesResolveToTheirGroup() {
        assertThat(StixKind.of("attack-pattern")).isEqualTo(StixKind.Sdo.ATTACK_PATTERN);
        assertThat(StixKind.of("sighting")).isEqualTo(StixKind.Sro.SIGHTING);
        assertThat(StixKind.of("email-message")).isEqualTo(StixKind.Sco.EMAIL_MESSAGE);
        assertThat(StixKind.of("extension-definition")).isEqualTo(StixKind.Meta.EXTENSION_DEFINITION);
    }

    @Test
    void unknownWellFormedTypesAreCustomAndKept() {
        assertThat(StixKind.of("x-mitre-data-component")).isEqualTo(new StixKind.Custom("x-mitre-data-component"));
        assertThat(StixKind.of("my-favorite-sdo").typeName()).isEqualTo("my-favorite-sdo");
    }

    @Test
    void malformedTypeNamesAreRefusedByName() {
        assertThatThrownBy(() -> StixKind.of("X-Widget"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'X-Widget' breaks the STIX type-name rule");
        assertThatThrownBy(() -> new StixKind.Custom("malware"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'malware' is a specification type, not a custom one");
        assertThat(StixKind.isValidTypeName("a".repeat(250))).isTrue();
        assertThat(StixKind.isValidTypeName("a".repeat(251))).isFalse();
    }
}
