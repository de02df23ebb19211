package org.sipar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: every module keeps to its allowed dependencies and others' public API, the module
 * documentation is written to {@value #DOCS}, and {@code docs/architecture.md} shows the modules and the
 * dependencies as they are.
 */
class ModularityTests {

    static final String DOCS = "target/spring-modulith-docs";
    static final Path ARCHITECTURE = Path.of("docs", "architecture.md");

    private final ApplicationModules modules = ApplicationModules.of(SiparApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS)).writeDocumentation();
    }

    /**
     * The diagram in the architecture document is the one the Documenter draws ({@value #DOCS}/components.puml):
     * the same modules and the same dependencies. A new module or dependency fails this until the copy there is updated.
     */
    @Test
    void theArchitectureDocumentShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS).withoutClean()).writeModulesAsPlantUml();
        Path generated = Path.of(DOCS, "components.puml");
        String document = Files.readString(ARCHITECTURE);
        int start = document.indexOf("```plantuml\n");
        assertThat(start).as("%s holds a ```plantuml block", ARCHITECTURE).isNotNegative();
        String copy = document.substring(start, document.indexOf("```", start + 3));
        assertThat(elements(copy)).as("the diagram in %s, against %s: copy the generated one in", ARCHITECTURE, generated)
                .isEqualTo(elements(Files.readString(generated)));
        modules.forEach(module -> assertThat(document).as("%s's row in the module table of %s", module.getIdentifier(), ARCHITECTURE)
                .contains("\n| `" + module.getIdentifier() + "` |"));
    }

    /** The modules and dependencies of a PlantUML component diagram, whatever their order. */
    private static Set<String> elements(String diagram) {
        Set<String> elements = new TreeSet<>();
        diagram.lines().map(String::strip).filter(line -> line.startsWith("Component(") || line.startsWith("Rel("))
                .forEach(elements::add);
        return elements;
    }
}
