package org.podium.catering.internal.menu;

/** The tags a menu board shows, each derived from the ingredients by {@link Labels}. */
public enum DietaryTag { VEGETARIAN, VEGAN, GLUTEN_FREE, HALAL, KOSHER }
