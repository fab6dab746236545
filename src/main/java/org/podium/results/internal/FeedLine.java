package org.podium.results.internal;

import org.jspecify.annotations.Nullable;

/** One checked line of a results feed file. */
record FeedLine(String file, long line, String unitCode, String discipline, String competitorCode,
                String competitorName, String competitorType, String noc, @Nullable Integer feedRank,
                @Nullable String value, String resultType, @Nullable String irm, @Nullable String wlt) {
}
