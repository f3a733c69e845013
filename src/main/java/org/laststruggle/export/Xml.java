package org.laststruggle.export;

/** A small indenting XML writer: elements, attributes, escaped text, nothing else. */
final class Xml {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private int depth;

    /** Opens an element; attributes as name, value pairs (a null value leaves the attribute out). */
    Xml open(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    Xml close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** An element with text content only (none: an empty element). */
    Xml leaf(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        if (text == null || text.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append('>').append(escape(text)).append("</").append(name).append(">\n");
        }
        return this;
    }

    /** An element whose content is one child element with text: {@code <a><b x="..">text</b></a>} on one line. */
    Xml wrapped(String name, String child, String text, String... childAttributes) {
        indent().append('<').append(name).append("><").append(child);
        attributes(childAttributes);
        out.append('>').append(escape(text)).append("</").append(child).append("></").append(name).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(depth));
    }

    /** Escapes markup and drops the characters XML 1.0 cannot carry (controls other than tab and line ends). */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
