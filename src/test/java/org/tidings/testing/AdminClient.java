package org.tidings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidings.content.Actor;
import org.tidings.content.Role;

/**
 * A browser-like HTTP client of the admin with its own cookies: logs in through the real
 * login form and sends forms with the CSRF token the pages carry.
 */
public final class AdminClient {
    /** The password every account made by {@link #loggedIn} has. */
    public static final String PASSWORD = "correct horse battery staple";
    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** Sent as X-Forwarded-For with every request, as a reverse proxy would; null for none. */
    private final String forwardedFor;

    public AdminClient(RunningSite site) {
        this(site.baseUrl(), null);
    }

    /** A client of a server at {@code baseUrl}, such as one running in another process. */
    public AdminClient(String baseUrl) {
        this(baseUrl, null);
    }

    /** A client whose requests arrive through a reverse proxy that says they come from {@code forwardedFor}. */
    public AdminClient(RunningSite site, String forwardedFor) {
        this(site.baseUrl(), forwardedFor);
    }

    private AdminClient(String baseUrl, String forwardedFor) {
        this.baseUrl = baseUrl;
        this.forwardedFor = forwardedFor;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Creates an account {@code username} of {@code role} with {@link #PASSWORD} and logs it in. */
    public static AdminClient loggedIn(RunningSite site, String username, Role role) {
        site.app().admin().accounts().create(Actor.COMMAND_LINE, username, role, PASSWORD);
        AdminClient client = new AdminClient(site);
        HttpResponse<String> answer = client.logIn(username, PASSWORD);
        if (answer.statusCode() != 303) {
            throw new AssertionError("login of " + username + " answered " + answer.statusCode());
        }
        return client;
    }

    /** Fills in and sends the login form; a right password answers 303. */
    public HttpResponse<String> logIn(String username, String password) {
        Document form = page("/admin/login/");
        return post("/admin/login/", Map.of("csrf", csrfOf(form), "username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** GETs {@code path}, which must answer 200, and parses it. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), baseUrl + path);
    }

    /** POSTs {@code form} as it is, with no token added. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POSTs {@code form} with the CSRF token of this session (read from the dashboard's logout form). */
    public HttpResponse<String> submit(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("csrf", csrfToken());
        return post(path, withToken);
    }

    /**
     * POSTs a multipart form as a browser's file upload does: {@code fields} (the CSRF token added
     * unless {@code fields} has one), and {@code bytes} as the file field {@code fileField} named {@code fileName}.
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] bytes) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrf", csrfToken());
        String boundary = "----tidings" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** This session's CSRF token as the admin pages carry it. */
    public String csrfToken() {
        return csrfOf(page("/admin/account/"));
    }

    public static String csrfOf(Document page) {
        Element field = page.selectFirst("input[name=csrf]");
        if (field == null) {
            throw new AssertionError("no CSRF field on " + page.location());
        }
        return field.val();
    }

    public CookieManager cookies() {
        return cookies;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
