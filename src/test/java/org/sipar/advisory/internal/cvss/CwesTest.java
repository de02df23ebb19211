package org.sipar.advisory.internal.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sipar.platform.InputRejected;
import org.sipar.support.stix.ReferenceData;

/** The built-in CWE names are exactly MITRE's (CSAF test 6.1.11), and MITRE's XML catalogue can be read. */
class CwesTest {

    private static final List<Integer> TOP_25_OF_2024 = List.of(79, 787, 89, 352, 22, 125, 78, 416, 862, 434, 94, 20,
            77, 287, 269, 502, 200, 863, 918, 119, 476, 798, 190, 400, 306);

    @Test
    void everyBuiltInNameIsExactlyTheCataloguesAndTheTop25AreThere() throws IOException {
        CweCatalogue catalogue;
        try (InputStream zip = Files.newInputStream(ReferenceData.require("data/cwe/cwec_v4.15.xml.zip"))) {
            catalogue = CweCatalogue.read(zip);
        }
        assertThat(catalogue.names()).hasSizeGreaterThan(900);
        List<String> wrong = new ArrayList<>();
        Cwes.common().names().forEach((id, name) -> {
            if (!catalogue.name(id).equals(java.util.Optional.of(name))) {
                wrong.add(id + " '" + name + "' but the catalogue has " + catalogue.name(id));
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(Cwes.common().names()).hasSizeGreaterThanOrEqualTo(60);
        TOP_25_OF_2024.forEach(id -> assertThat(Cwes.name("CWE-" + id)).as("CWE-" + id).isPresent());
    }

    @Test
    void namesAKnownCweAndNothingForAnUnknownOne() {
        assertThat(Cwes.name("CWE-79"))
                .contains("Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')");
        assertThat(Cwes.name("CWE-99999")).isEmpty();
    }

    @Test
    void rejectsAnIdOfAnotherFormNamingIt() {
        for (String id : new String[] {"79", "CWE79", "cwe-79", "CWE-", "CWE-079", "CWE-79 "}) {
            InputRejected rejected = catchThrowableOfType(InputRejected.class, () -> Cwes.name(id));
            assertThat(rejected).as(id).isNotNull();
            assertThat(rejected.problems().getFirst().reason()).contains("'" + id + "' is not a CWE id");
        }
    }

    @Test
    void readsPlainXmlAndRefusesExternalEntities() {
        String xml = "<Weakness_Catalog><Weaknesses><Weakness ID=\"1\" Name=\"One\"/></Weaknesses>"
                + "<Categories><Category ID=\"2\" Name=\"Two\"/></Categories></Weakness_Catalog>";
        assertThat(CweCatalogue.read(stream(xml)).names()).isEqualTo(Map.of("CWE-1", "One", "CWE-2", "Two"));
        String entity = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Weakness_Catalog><Weakness ID=\"1\" Name=\"&e;\"/></Weakness_Catalog>";
        assertThat(catchThrowableOfType(InputRejected.class, () -> CweCatalogue.read(stream(entity)))).isNotNull();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
