package org.laststruggle.query;

import java.util.List;

/** A validated page request: page from 0, size in 1..100 (read by {@link PageParams}). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Pages past this are refused: no list is that long, and deep offsets are costly. */
    public static final int MAX_PAGE = 100_000;

    public int offset() {
        return page * size;
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
