package org.podium;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes Spring Modulith's module model into the build output at every test-compile, so that the
 * platform starts without scanning its classes for it (about 2 s on 2 cores) and the model can
 * never be older than the classes it describes. Run by the build (pom.xml, module-metadata).
 */
public final class ModuleMetadata {

    private ModuleMetadata() {
    }

    public static void main(String[] args) {
        new Documenter(ApplicationModules.of(PodiumApplication.class)).writeModuleMetadata();
    }
}
