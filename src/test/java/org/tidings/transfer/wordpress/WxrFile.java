package org.tidings.transfer.wordpress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A whole WXR file read into lists: what the parser tells, for tests of small files. */
record WxrFile(WxrChannel channel, List<WxrAuthor> authors, List<WxrTerm> terms, List<WxrItem> items) {
    static final Path CORPUS = Path.of("../shared/corpora/wordpress-wxr");

    static Path corpus(String name) {
        return CORPUS.resolve(name);
    }

    static WxrFile read(String name) {
        WxrChannel[] channel = new WxrChannel[1];
        List<WxrAuthor> authors = new ArrayList<>();
        List<WxrTerm> terms = new ArrayList<>();
        List<WxrItem> items = new ArrayList<>();
        WxrReader.read(corpus(name), new WxrHandler() {
            @Override
            public void channel(WxrChannel c) {
                channel[0] = c;
            }

            @Override
            public void author(WxrAuthor author) {
                authors.add(author);
            }

            @Override
            public void term(WxrTerm term) {
                terms.add(term);
            }

            @Override
            public void item(WxrItem item) {
                items.add(item);
            }
        });
        return new WxrFile(channel[0], authors, terms, items);
    }

    List<WxrTerm> terms(String taxonomy) {
        return terms.stream().filter(t -> t.taxonomy().equals(taxonomy)).toList();
    }
}
