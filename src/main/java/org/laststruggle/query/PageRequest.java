package org.laststruggle.query;

import org.laststruggle.problem.ApiProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The page and size query parameters. Size is clamped to 1..100; a page or size that is not a
 * whole number, or a negative page, is a bad request.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Pages past this are refused: no list is that long, and deep offsets are costly. */
    public static final int MAX_PAGE = 100_000;

    public static PageRequest of(String page, String size) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        int p = 0;
        int s = DEFAULT_SIZE;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.strip());
                if (p < 0 || p > MAX_PAGE) {
                    errors.add(new ApiProblem.FieldError("page", "must be a whole number from 0 to " + MAX_PAGE + ", was " + page));
                }
            } catch (NumberFormatException e) {
                errors.add(new ApiProblem.FieldError("page", "must be a whole number from 0 (the first page), was '"
                        + ApiProblem.shorten(page) + "'"));
            }
        }
        if (size != null && !size.isBlank()) {
            try {
                s = Math.max(1, Math.min(MAX_SIZE, Integer.parseInt(size.strip())));
            } catch (NumberFormatException e) {
                errors.add(new ApiProblem.FieldError("size", "must be a whole number (clamped to 1..100), was '"
                        + ApiProblem.shorten(size) + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
