package org.tidings.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Something to tell an editor, kept as what happened rather than as a sentence: a message key and
 * its arguments (text, whole numbers, or other wordings), worded in the language of whoever reads it.
 * What a poll or a fetch reports is stored this way, so a Korean site shows Korean whichever thread
 * or command wrote it. {@link #stored()} is a compact JSON array such as
 * {@code ["curation.fetch.httpStatus",503]}; text stored before (an English sentence) reads back as
 * a verbatim wording, shown as it is.
 */
public record Wording(String key, List<Object> args) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Arguments that are Wordings stay, whole numbers become longs, the rest text. */
    public Wording {
        args = args.stream().map(Wording::argument).toList();
    }

    /** The message {@code key} with {@code args}. */
    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.asList(args));
    }

    /** Text that is shown as it is in every language (a row stored before wordings, a server's own words). */
    public static Wording verbatim(String text) {
        return new Wording(null, List.of(text));
    }

    /** The words in the language of this thread's page or command. */
    public String text() {
        return text(Messages.language());
    }

    public String text(Language language) {
        if (key == null) {
            return (String) args.getFirst();
        }
        return Messages.text(language, key, args.toArray());
    }

    /** The form kept in a text column; {@link #fromStored} reads it back. */
    public String stored() {
        return key == null ? (String) args.getFirst() : toJson().toString();
    }

    /** What {@link #stored()} gave, or any older text (verbatim); null stays null. */
    public static Wording fromStored(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("[\"")) {
            try {
                Wording read = fromJson(JSON.readTree(stored));
                if (read != null) {
                    return read;
                }
            } catch (JsonProcessingException e) {
                // not ours: shown as it is
            }
        }
        return verbatim(stored);
    }

    /** The words, as {@link #text()}: never the stored form, should a wording end up in a sentence. */
    @Override
    public String toString() {
        return text();
    }

    private static Object argument(Object arg) {
        return switch (arg) {
            case Wording wording -> wording;
            case Integer number -> number.longValue();
            case Long number -> number;
            case null, default -> String.valueOf(arg);
        };
    }

    private ArrayNode toJson() {
        ArrayNode array = JSON.createArrayNode().add(key);
        for (Object arg : args) {
            switch (arg) {
                case Wording inner when inner.key == null -> array.add((String) inner.args.getFirst());
                case Wording inner -> array.add(inner.toJson());
                case Long number -> array.add(number);
                default -> array.add((String) arg);
            }
        }
        return array;
    }

    /** The wording of a JSON array whose first item is a known key, else null. */
    private static Wording fromJson(JsonNode node) {
        if (!node.isArray() || node.isEmpty() || !node.get(0).isTextual() || !Messages.has(node.get(0).asText())) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < node.size(); i++) {
            JsonNode arg = node.get(i);
            Object value = arg.isArray() ? fromJson(arg) : arg.isIntegralNumber() ? (Object) arg.longValue()
                    : arg.isTextual() ? arg.asText() : null;
            if (value == null) {
                return null;
            }
            args.add(value);
        }
        return new Wording(node.get(0).asText(), args);
    }
}
