package org.tidings.app;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the jte templates compiled into the jar; each template takes one view record. */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Object view) {
        StringOutput output = new StringOutput();
        engine.render(template, view, output);
        return output.toString();
    }
}
