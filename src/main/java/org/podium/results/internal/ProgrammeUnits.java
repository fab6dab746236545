package org.podium.results.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.podium.games.Programme;
import org.podium.games.ProgrammeImported;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The programme's units by code, read once for the pages that look up hundreds of them per view
 * (medals by day, results ahead of the clock) instead of one query each; dropped when the
 * programme is imported again.
 */
@Component
public class ProgrammeUnits {

    private final Programme programme;
    private volatile @Nullable Map<String, Unit> byCode;

    ProgrammeUnits(Programme programme) {
        this.programme = programme;
    }

    public Map<String, Unit> byCode() {
        var map = byCode;
        if (map == null) {
            map = programme.allUnits(UnitQuery.all()).stream().collect(Collectors.toUnmodifiableMap(Unit::code, u -> u));
            byCode = map;
        }
        return map;
    }

    @ApplicationModuleListener
    void on(ProgrammeImported imported) {
        byCode = null;
    }
}
