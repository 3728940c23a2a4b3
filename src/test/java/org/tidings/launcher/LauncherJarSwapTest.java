package org.tidings.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./tidings} launcher runs a copy of the jar: a build that rewrites the jar in place
 * (as {@code ./test} does) leaves a running server answering. The server here is a stand-in that
 * loads the class answering requests only at the first request, after the jar was rewritten.
 */
class LauncherJarSwapTest {
    @TempDir
    Path work;

    @Test
    void aServerStartedByTheLauncherKeepsAnsweringWhenTheJarIsRebuiltUnderIt() throws Exception {
        Path jar = work.resolve("target/tidings.jar");
        Files.createDirectories(jar.getParent());
        build(jar, "first build");
        Process server = launch(jar);
        try {
            int port = readyPort(server);
            build(jar, "second build, other classes");
            Files.write(jar, "not a jar any more".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("first build");
        } finally {
            server.destroyForcibly().waitFor();
        }
        build(jar, "second build");
        Process next = launch(jar);
        try {
            assertThat(readyPort(next)).as("the next start runs the new build").isPositive();
            assertThat(Files.list(jar.resolveSibling("run")).filter(f -> f.toString().endsWith(".jar")).count())
                    .as("older copies are removed").isEqualTo(1);
        } finally {
            next.destroyForcibly().waitFor();
        }
    }

    private Process launch(Path jar) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of("tidings").toAbsolutePath().toString(), "serve");
        builder.environment().put("TIDINGS_JAR", jar.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.redirectErrorStream(true).start();
    }

    private static int readyPort(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("ready ")) {
                return Integer.parseInt(line.substring(6).strip());
            }
        }
        throw new AssertionError("the stand-in server did not start");
    }

    /** A runnable jar whose server answers {@code text}, from a class it loads at the first request. */
    private void build(Path jar, String text) throws IOException {
        Path sources = Files.createTempDirectory(work, "src");
        Files.writeString(sources.resolve("Serve.java"), """
                public class Serve {
                    public static void main(String[] args) throws Exception {
                        var server = com.sun.net.httpserver.HttpServer.create(
                                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
                        server.createContext("/", exchange -> Answer.send(exchange));
                        server.start();
                        System.out.println("ready " + server.getAddress().getPort());
                    }
                }
                """);
        Files.writeString(sources.resolve("Answer.java"), """
                public class Answer {
                    static void send(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
                        byte[] body = "%s".getBytes();
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                        exchange.close();
                    }
                }
                """.formatted(text));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", sources.toString(),
                sources.resolve("Serve.java").toString(), sources.resolve("Answer.java").toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Serve");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String name : List.of("Serve.class", "Answer.class")) {
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(sources.resolve(name)));
                out.closeEntry();
            }
        }
    }
}
