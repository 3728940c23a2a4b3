package org.tidings.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a form or a change, each problem at the field it concerns, in words fit to
 * show beside that field. Empty when the change can go ahead.
 */
public record Problems(List<Problem> list) {
    /** No problems. */
    public static final Problems NONE = new Problems(List.of());

    /** One problem: {@code field} names the form field it belongs to. */
    public record Problem(String field, String message) {
    }

    public Problems {
        list = List.copyOf(list);
    }

    public static Problems of(String field, String message) {
        return NONE.and(field, message);
    }

    /** These problems and one more. */
    public Problems and(String field, String message) {
        List<Problem> more = new ArrayList<>(list);
        more.add(new Problem(field, message));
        return new Problems(more);
    }

    /** These problems and {@code more}. */
    public Problems and(Problems more) {
        List<Problem> all = new ArrayList<>(list);
        all.addAll(more.list);
        return new Problems(all);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The first problem with {@code field}, or null when it has none. */
    public String at(String field) {
        return list.stream().filter(p -> p.field().equals(field)).map(Problem::message).findFirst().orElse(null);
    }

    /** "true" when {@code field} has a problem, else null: the value of its aria-invalid attribute, left out when null. */
    public String invalid(String field) {
        return at(field) == null ? null : "true";
    }

    /** {@code id} when {@code field} has a problem, else null: for an aria-describedby naming the problem's element. */
    public String describedBy(String field, String id) {
        return at(field) == null ? null : id;
    }

    public List<String> messages() {
        return list.stream().map(Problem::message).toList();
    }
}
