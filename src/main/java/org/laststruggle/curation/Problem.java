package org.laststruggle.curation;

/** One thing wrong in the curated data, where it is, and what to do about it. */
public record Problem(String file, int line, String message) {

    static Problem at(Curation.Loc loc, String message) {
        return new Problem(loc.file(), loc.line(), message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
