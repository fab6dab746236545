package org.podium.games;

/** A National Olympic Committee, by its three-letter code. */
public record Noc(String code, String name) {
}
