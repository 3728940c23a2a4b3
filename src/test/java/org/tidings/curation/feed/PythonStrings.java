package org.tidings.curation.feed;

/** Python string literals as feedparser's expectations write them, joined with + when several. */
final class PythonStrings {
    private PythonStrings() {
    }

    static String literal(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char quote = source.charAt(i);
            if (quote != '\'' && quote != '"') {
                i++; // spaces and the + between literals
                continue;
            }
            for (i++; i < source.length() && source.charAt(i) != quote; i++) {
                char c = source.charAt(i);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = source.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'x' -> {
                        out.append((char) Integer.parseInt(source.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    case 'u' -> {
                        out.append((char) Integer.parseInt(source.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
            i++;
        }
        return out.toString();
    }
}
