package org.tidings.curation;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article (headline, authors, publication date).
 * Pages often carry several JSON-LD blocks (breadcrumbs, the organisation, the article); the
 * first one describing an article counts. Broken JSON is skipped, as browsers skip it.
 */
final class ReadabilityJsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|]]>\\s*$");
    private static final Set<String> OTHER_ARTICLE_TYPES = Set.of("Report", "APIReference");

    /** The values found; any of them may be null. */
    record Article(String name, String headline, String byline, String published) {
        static final Article NONE = new Article(null, null, null, null);
    }

    private ReadabilityJsonLd() {
    }

    static Article of(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode article = article(parse(script.data()));
            if (article != null) {
                return new Article(text(article.get("name")), text(article.get("headline")), authors(article.get("author")),
                        text(article.get("datePublished")));
            }
        }
        return Article.NONE;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(CDATA.matcher(json).replaceAll(""));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The article object of one JSON-LD block: the block itself, an item of its @graph, or of its top-level array. */
    private static JsonNode article(JsonNode block) {
        if (block == null) {
            return null;
        }
        if (block.isArray()) {
            for (JsonNode item : block) {
                JsonNode found = article(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!block.isObject() || !isSchemaOrg(block.get("@context"))) {
            return null;
        }
        if (!block.has("@type") && block.path("@graph").isArray()) {
            for (JsonNode item : block.get("@graph")) {
                if (isArticle(item)) {
                    return item;
                }
            }
            return null;
        }
        return isArticle(block) ? block : null;
    }

    private static boolean isSchemaOrg(JsonNode context) {
        JsonNode vocabulary = context != null && context.isObject() ? context.get("@vocab") : context;
        return vocabulary != null && vocabulary.isTextual() && SCHEMA_ORG.matcher(vocabulary.asText()).matches();
    }

    private static boolean isArticle(JsonNode item) {
        JsonNode type = item.get("@type");
        if (type == null || !type.isTextual()) {
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.endsWith("Posting") || OTHER_ARTICLE_TYPES.contains(name);
    }

    /** The names of the author or authors, joined with commas. */
    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isObject()) {
            return text(author.get("name"));
        }
        if (!author.isArray()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : author) {
            String name = text(one.get("name"));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode value) {
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
