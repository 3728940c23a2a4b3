package org.tidings.site;

import java.util.List;
import java.util.Objects;
import org.tidings.content.Category;
import org.tidings.content.Source;

/** The options of the search form's category and outlet boxes, the chosen one marked. */
final class SearchChoices {
    private SearchChoices() {
    }

    static List<Choice> categories(List<Category> all, Category chosen) {
        return all.stream().map(c -> new Choice(c.slug(), c.name(),
                chosen != null && Objects.equals(chosen.id(), c.id()))).toList();
    }

    static List<Choice> sources(List<Source> all, Source chosen) {
        return all.stream().map(s -> new Choice(s.slug(), s.name(),
                chosen != null && Objects.equals(chosen.id(), s.id()))).toList();
    }
}
