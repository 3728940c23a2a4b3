package org.tidings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.curation.ArticleExtractor;
import org.tidings.curation.ExtractOutcome;
import org.tidings.curation.ExtractedArticle;
import org.tidings.curation.fetch.FetchSettings;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings extract URL|FILE}: the full text and metadata of one article page, as an editor would excerpt it. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Fetch an article page (or read a saved one) and print its title, byline, publication date, "
                + "language and text, without the page's menus, ads and comments.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "URL|FILE", description = "An http(s) address, or the path of a saved HTML page.")
    String source;

    @Option(names = "--json", description = "Print one JSON object: title, byline, published, lang, url, html, text.")
    boolean json;

    @Mixin
    FetchOptions fetch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExtractOutcome outcome = isWebAddress(source) ? fetch() : read();
        PrintWriter out = spec.commandLine().getOut();
        if (!outcome.ok()) {
            // English: extract opens no site whose language it could take
            spec.commandLine().getErr().println("tidings: could not fetch " + source + ": "
                    + outcome.problem().text(Language.ENGLISH));
            return 1;
        }
        ExtractedArticle article = outcome.article();
        out.println(json ? json(article) : plain(article));
        if (article.text().isEmpty()) {
            spec.commandLine().getErr().println("tidings: found no article text in " + source);
            return 1;
        }
        return 0;
    }

    private static boolean isWebAddress(String source) {
        return source.regionMatches(true, 0, "http://", 0, 7) || source.regionMatches(true, 0, "https://", 0, 8);
    }

    private ExtractOutcome fetch() {
        FetchSettings settings = FetchSettings.forSite(fetch.baseUrl).withAllowPrivate(fetch.allowPrivateFetch);
        try (SafeFetcher fetcher = new SafeFetcher(settings)) {
            return ArticleExtractor.fetchAndExtract(fetcher, source);
        }
    }

    private ExtractOutcome read() throws IOException {
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), Files.isDirectory(file)
                    ? InputFile.problem(file).orElseThrow() : Messages.t("cli.extract.neither", source));
        }
        return new ExtractOutcome(ArticleExtractor.extract(Files.readAllBytes(file), null, null), null);
    }

    private static String plain(ExtractedArticle article) {
        return "Title:     " + orDash(article.title()) + "\n"
                + "Byline:    " + orDash(article.byline()) + "\n"
                + "Published: " + orDash(article.published()) + "\n"
                + "Language:  " + orDash(article.lang()) + "\n"
                + "URL:       " + orDash(article.canonicalUrl()) + "\n\n"
                + article.text();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String json(ExtractedArticle article) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode object = mapper.createObjectNode();
        object.put("title", article.title());
        object.put("byline", article.byline());
        object.put("published", article.published() == null ? null : article.published().toString());
        object.put("lang", article.lang());
        object.put("url", article.canonicalUrl());
        object.put("html", article.html().html());
        object.put("text", article.text());
        return object.toString();
    }
}
