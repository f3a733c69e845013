package org.laststruggle.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The passages are published (their ids, offsets and pages are cited): they must not change when the splitter does.
 * {@code passages.tsv} holds all 1,608 as the splitter cut them when the book's layout was still code in
 * PassageSplitter (id, start, end, printed page, part, section); the layout as data must cut exactly the same.
 */
class PassageSnapshotTest {

    @Test
    void everyPassageAndItsPageAreAsPublished() throws IOException {
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/source/passages.tsv"));
        List<SourceCatalog.SourceText> catalog = SourceCatalog.read(Path.of("db/sources"));
        ReadingForm reading = SourceCatalog.readingForm(catalog);
        List<String> actual = new ArrayList<>();
        for (SourceCatalog.SourceText s : catalog) {
            for (PassageDraft p : PassageSplitter.analyze(s, reading).passages()) {
                actual.add(String.format(Locale.ROOT, "%s-%04d\t%d\t%d\t%s\t%s\t%s", s.id(), p.seq(), p.start(), p.end(),
                        p.printedPage() == null ? "" : p.printedPage(), p.part() == null ? "" : p.part(),
                        p.section() == null ? "" : p.section()));
            }
        }
        assertEquals(1608, expected.size());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "passage " + i);
        }
    }
}
