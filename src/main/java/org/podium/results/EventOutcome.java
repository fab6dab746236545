package org.podium.results;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the results say of a medal event: its medallists, or why none can be awarded yet
 * (deciding unit not played, standing across several units not computed, no rank in the data).
 */
public record EventOutcome(String eventCode, List<Medallist> medallists, @Nullable String incompleteBecause) {

    public boolean complete() {
        return incompleteBecause == null;
    }
}
