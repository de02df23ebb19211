package org.sipar.advisory.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipar.support.stix.ReferenceData;

/** The CPE 2.3 formatted string grammar of NISTIR 7695: what it takes, and where a bad name breaks it. */
class CpeNameTests {

    @Test
    void readsTheElevenComponentsInLowerCase() {
        CpeName cpe = CpeName.parse("cpe:2.3:o:PaloAltoNetworks:PAN-OS:11.1.0:*:*:*:*:*:*:*");
        assertThat(cpe.part()).isEqualTo("o");
        assertThat(cpe.vendor()).isEqualTo("paloaltonetworks");
        assertThat(cpe.product()).isEqualTo("pan-os");
        assertThat(cpe.version()).isEqualTo("11.1.0");
        assertThat(cpe.components()).hasSize(11);
        assertThat(cpe).hasToString("cpe:2.3:o:paloaltonetworks:pan-os:11.1.0:*:*:*:*:*:*:*");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*",
            "cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*",
            "cpe:2.3:a:foo\\\\bar:big\\$money_manager_2010:*:*:*:*:special:ipod_touch:80gb:*",
            "cpe:2.3:a:mozilla:firefox:3.?:*:*:en-us:*:*:*:*",
            "cpe:2.3:a:mozilla:firefox:*8.0:*:*:*:*:*:*:*",
            "cpe:2.3:a:mozilla:firefox:??8.0??:*:*:*:*:*:*:*",
            "cpe:2.3:a:apache:http\\:server:2.4:*:*:es-419:*:*:*:*",
            "cpe:2.3:h:*:*:*:*:*:*:*:*:*:*"})
    void takesNamesTheGrammarAllows(String name) {
        assertThat(CpeName.parse(name).components()).hasSize(11);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cpe:/a:microsoft:ie:8|1|cpe.prefix",
            "cpe:2.3:x:vendor:product:1:*:*:*:*:*:*:*|9|cpe.part",
            "cpe:2.3:a:vendor:product:1.0|29|cpe.count",
            "cpe:2.3:a:vendor:product:1:*:*:*:*:*:*:*:extra|42|cpe.count",
            "cpe:2.3:a:vendor:pro duct:1:*:*:*:*:*:*:*|21|cpe.character",
            "cpe:2.3:a:vendor:pro!duct:1:*:*:*:*:*:*:*|21|cpe.character",
            "cpe:2.3:a:vendor:pro*duct:1:*:*:*:*:*:*:*|21|cpe.wildcard",
            "cpe:2.3:a:vendor:product\\a:1:*:*:*:*:*:*:*|25|cpe.escape",
            "cpe:2.3:a:vendor:product:1:*:*:english:*:*:*:*|32|cpe.language",
            "cpe:2.3:a::product:1:*:*:*:*:*:*:*|11|cpe.empty",
            "cpe:2.3:a:vendor:??:1:*:*:*:*:*:*:*|18|cpe.empty",
            "cpe:2.3:a:vendor:café:1:*:*:*:*:*:*:*|21|cpe.character"})
    void namesTheCharacterWhereABadNameBreaks(String name, int position, String code) {
        assertThatThrownBy(() -> CpeName.parse(name)).isInstanceOfSatisfying(IdentifierRejected.class, e -> {
            assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith("at character " + position + ": ");
        });
    }

    @Test
    void takesEveryNameOfTheNvdExcerpt() throws IOException {
        Path csv = ReferenceData.require("data/cpe/cpe23-names-nvd-2023-excerpt.csv");
        List<String> names = Files.readAllLines(csv).stream().skip(1).map(line -> line.split(",(?=[0-9A-F]{8}-)", 2)[0]).toList();
        assertThat(names).hasSizeGreaterThan(9000);
        assertThat(names).allSatisfy(name -> assertThat(CpeName.parse(name).toString()).isEqualToIgnoringCase(name));
    }
}
