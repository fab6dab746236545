package org.podium.results;

public enum Medal { GOLD, SILVER, BRONZE }
