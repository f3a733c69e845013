package org.laststruggle.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Placeholder; replaced by the full splitter from the passages branch. */
public final class PassageSplitter {
    private PassageSplitter() {
    }

    public static List<PassageDraft> split(String sourceId, String raw) {
        List<PassageDraft> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\S[\\s\\S]*?(?=\\n\\s*\\n|\\s*$)").matcher(raw);
        while (m.find()) {
            out.add(new PassageDraft(out.size(), m.start(), m.end(), null, null, null, m.group().replaceAll("\\s+", " ")));
        }
        return out;
    }
}
