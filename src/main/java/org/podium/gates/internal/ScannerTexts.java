package org.podium.gates.internal;

import java.util.Arrays;
import java.util.List;

/** The refusal reasons the scanner page writes out in the fan's and the staff's language. */
public final class ScannerTexts {

    public static final List<String> REASONS = Arrays.stream(Refusal.values()).map(Enum::name).toList();

    private ScannerTexts() {
    }
}
