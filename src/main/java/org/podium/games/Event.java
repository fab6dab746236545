package org.podium.games;

/** A medal event (or a non-medal grouping of units such as a qualification round). */
public record Event(String code, String disciplineCode, String name, String gender, boolean medal,
                    boolean codeDerived, int unitCount) {
}
