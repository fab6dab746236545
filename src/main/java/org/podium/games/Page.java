package org.podium.games;

import java.util.List;

/** One page of a longer list; pages count from 0. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }
}
