package org.tidings.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/** The post editor's form fields as a browser sends them, for tests to adjust and submit. */
final class EditorForms {
    private EditorForms() {
    }

    static Map<String, String> post(String title, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("slug", "");
        form.put("body", "Paragraph of **" + title + "**.");
        form.put("format", "markdown");
        form.put("excerpt", "");
        form.put("source", "Harbour Daily");
        form.put("source_url", "https://harbour-daily.example/story");
        form.put("tags", "aid, winter");
        form.put("byline", "Min-ji Park");
        form.put("status", status);
        form.put("publish_at", "");
        form.put("save", "1");
        return form;
    }

    static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(name, value);
        return changed;
    }

    /** The id in the Location of a 303 after saving: {@code /admin/posts/ID/?saved}. */
    static long savedId(java.net.http.HttpResponse<String> answer) {
        if (answer.statusCode() != 303) {
            throw new AssertionError("saving answered " + answer.statusCode() + ": " + answer.body());
        }
        String location = answer.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll("^/admin/posts/(\\d+)/.*$", "$1"));
    }
}
