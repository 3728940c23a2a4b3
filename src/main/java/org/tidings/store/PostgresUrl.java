package org.tidings.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a {@code jdbc:postgresql://} URL and takes the user and password out of it. */
final class PostgresUrl {
    private static final String PREFIX = "jdbc:postgresql://";
    private static final String FORM = PREFIX + "HOST:PORT/NAME?user=U&password=P";
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:@/\\[\\]]+)(:\\d{1,5})?");

    private PostgresUrl() {
    }

    /** Never echoes {@code text} in a complaint: it may hold a password. */
    static DatabaseConfig.Postgres parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new BadDatabaseUrl("the database URL must look like " + FORM);
        }
        URI uri = uri(text);
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@")) {
            throw new BadDatabaseUrl("the database URL must name the server as HOST or HOST:PORT (the user and "
                    + "password go in ?user=U&password=P): " + FORM);
        }
        for (String host : authority.split(",", -1)) {
            if (!HOST.matcher(host).matches()) {
                throw new BadDatabaseUrl("the database URL names no valid HOST:PORT: " + FORM);
            }
        }
        String path = uri.getRawPath();
        if (path == null || !path.matches("/[^/]+") || uri.getRawFragment() != null) {
            throw new BadDatabaseUrl("the database URL must name one database after the server: " + FORM);
        }
        return withoutCredentials(PREFIX + authority + path, uri.getRawQuery());
    }

    private static URI uri(String text) {
        try {
            return new URI(text.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw new BadDatabaseUrl("the database URL is malformed (" + e.getReason() + " at character "
                    + (e.getIndex() + "jdbc:".length()) + "): " + FORM);
        }
    }

    private static DatabaseConfig.Postgres withoutCredentials(String base, String query) {
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            String[] nameAndValue = parameter.split("=", 2);
            String name = nameAndValue[0];
            switch (name) {
                case "user" -> user = decode(nameAndValue);
                case "password" -> password = decode(nameAndValue);
                case "" -> { }
                default -> kept.add(parameter);
            }
        }
        return new DatabaseConfig.Postgres(kept.isEmpty() ? base : base + "?" + String.join("&", kept), user, password);
    }

    private static String decode(String[] nameAndValue) {
        try {
            return nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadDatabaseUrl("the database URL has a broken %-escape in its user or password: " + FORM);
        }
    }
}
