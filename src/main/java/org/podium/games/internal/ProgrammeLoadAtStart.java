package org.podium.games.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes sure the programme is in the database before the platform serves anyone: it runs once all
 * beans exist and before the web server starts accepting requests.
 */
@Component
class ProgrammeLoadAtStart implements SmartInitializingSingleton {

    private final ProgrammeImporter importer;
    private final ProgrammeProperties properties;

    ProgrammeLoadAtStart(ProgrammeImporter importer, ProgrammeProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.importOnStart()) {
            importer.importFrom(properties.location(), false);
        }
    }
}
