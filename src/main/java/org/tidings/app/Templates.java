package org.tidings.app;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.function.Supplier;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;

/**
 * Renders the jte templates compiled into the jar; each template takes one view record and
 * finds its words through {@link Messages} in the site's language of the moment.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Supplier<Language> language;

    /** Templates in the language {@code language} gives at each render (the site setting). */
    public Templates(Supplier<Language> language) {
        this.language = language;
    }

    /** Templates in English, for tests and tools that have no site. */
    public Templates() {
        this(() -> Language.ENGLISH);
    }

    public String render(String template, Object view) {
        return Messages.in(language.get(), () -> {
            StringOutput output = new StringOutput();
            engine.render(template, view, output);
            return output.toString();
        });
    }
}
