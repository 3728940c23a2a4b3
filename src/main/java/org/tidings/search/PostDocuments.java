package org.tidings.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.jsoup.Jsoup;
import org.tidings.content.Category;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.content.Tag;

/** Turns a published post into the index's document: what is searched, filtered on, and cut into snippets. */
final class PostDocuments {
    /** Searched text with offsets in its postings, so snippets need no second analysis. */
    private static final FieldType SEARCHED = searchedType();

    private PostDocuments() {
    }

    static Term idTerm(long postId) {
        return new Term(SearchFields.ID, Long.toString(postId));
    }

    static Document of(PostDetails details) {
        Post post = details.post();
        String text = plainText(post);
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, Long.toString(post.id()), Field.Store.YES));
        doc.add(new StoredField(SearchFields.TITLE, post.title()));
        doc.add(new StoredField(SearchFields.TEXT, text));
        addSearched(doc, SearchFields.TITLE, post.title());
        addSearched(doc, SearchFields.TEXT, text);
        addSearched(doc, SearchFields.LABELS, labels(details));
        long published = post.publishedAt() == null ? post.createdAt().toEpochMilli() : post.publishedAt().toEpochMilli();
        doc.add(new LongField(SearchFields.PUBLISHED, published, Field.Store.NO));
        doc.add(new LongField(SearchFields.UPDATED, post.updatedAt().toEpochMilli(), Field.Store.NO));
        for (Category category : details.categories()) {
            doc.add(new LongField(SearchFields.CATEGORY, category.id(), Field.Store.NO));
        }
        if (details.source() != null) {
            doc.add(new LongField(SearchFields.SOURCE, details.source().id(), Field.Store.NO));
        }
        return doc;
    }

    /** The excerpt (if any) and the body as plain text. */
    private static String plainText(Post post) {
        String body = Jsoup.parseBodyFragment(post.bodyHtml()).text();
        String excerpt = post.excerpt() == null ? "" : post.excerpt().strip();
        return excerpt.isEmpty() ? body : excerpt + " " + body;
    }

    private static String labels(PostDetails details) {
        List<String> names = new ArrayList<>();
        if (details.source() != null) {
            names.add(details.source().name());
        }
        details.categories().stream().map(Category::name).forEach(names::add);
        details.tags().stream().map(Tag::name).forEach(names::add);
        return String.join("\n", names);
    }

    private static void addSearched(Document doc, String field, String value) {
        for (String language : SearchFields.LANGUAGES) {
            doc.add(new Field(field + language, value, SEARCHED));
        }
    }

    private static FieldType searchedType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
