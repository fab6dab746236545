package org.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PodiumApplication.class);

    @Test
    void modulesOnlyUseEachOthersApiAndDeclaredDependencies() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("games", "accounts", "audit", "platform");
    }

    @Test
    void writesModuleDiagramsAndCanvasesIntoDocs() {
        // Diagrams and canvases only: the module model file for the runtime is written at every
        // test-compile by ModuleMetadata, so that it is never older than the classes.
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        assertThat(Files.exists(Path.of("docs/architecture/components.puml"))).isTrue();
        assertThat(Files.exists(Path.of("docs/architecture/module-games.adoc"))).isTrue();
    }
}
