package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Java autop gives what WordPress's own JavaScript autop (npm {@code @wordpress/autop}, run by
 * {@code scripts/autop-oracle.sh}) gives, for every post body and excerpt of the shared WordPress exports and
 * for texts made to reach each of its rules.
 */
class AutopOracleTest {
    private static final Path ORACLE = Path.of("scripts/autop-oracle.sh");
    private static final List<String> CRAFTED = List.of(
            "One\ntwo\n\nthree\r\nfour\r\rfive",
            "   \u00a0\n",
            "a\u00a0\n\u00a0\nb\ufeff\n\nc",
            "<pre>keep\n\n  this</pre>\nafter\n<pre class=\"x\">and\nthis</pre>",
            "text <pre>x</pre> more </pre> tail",
            "<div>in div\nline</div>\n<p>para</p>after",
            "<ul>\n<li>one</li>\n<li>two\nlines</li>\n</ul>",
            "<blockquote>quoted\n\nagain</blockquote>",
            "<a href=\"x\"\ntitle=\"y\">link</a> text\n<!-- a\ncomment -->\n<![CDATA[ x\n]]>",
            "<select>\n  <option>a</option>\n  <option>b</option>\n</select>",
            "<object data=\"x\">\n<param name=\"a\" value=\"b\">\n<embed src=\"y\">\n</object>",
            "[audio]\n<source src=\"a.mp3\">\n<track src=\"t.vtt\">\n[/audio]\n<video>\n<source src=\"v.mp4\">\n</video>",
            "<figure>\n<img src=\"a.jpg\">\n<figcaption>one</figcaption>\n</figure>\n"
                    + "<figure><img src=\"b.jpg\">\n<figcaption>two</figcaption>\n</figure>",
            "<script>\nvar a = 1;\n\nvar b;\n</script>\n<style>\np {}\n</style>\nx<br>y<br/>z<br />\nw",
            "first<br><br>second<br />\n<br/>third",
            "<table>\n<tr><td>cell\ntext</td></tr>\n</table>\n<hr>\n<h2>Title</h2>\nLine",
            "[caption id=\"a\" width=\"300\"]<img src=\"a.jpg\"> Caption\ntext[/caption]\n\n[gallery ids=\"1,2\"]",
            "Para one\n<!--more-->\nPara two\n\n\n\nPara three  \n  \n",
            "C:\\xampp\\htdocs and $1 and \\1 and &amp; &nbsp; \\n",
            "<p>already</p>\n\n<p>wrapped</p>",
            "<div>text only</div>\n<address>where</address>",
            "line\u2028sep\u3000\n\u3000\npara\u2029end\n\u000b\nlast",
            "<P>upper</P>\n<BLOCKQUOTE>Quote</BLOCKQUOTE>\n<p><blockquote class=\"q\">x</blockquote></p>",
            "a<br  /> <br>b<BR>c\n\n<br/>\n<br />\nd",
            "<p>one<li>item</li></p>\n<ol><li>x\n\ny</li></ol>",
            "<svg>\n<path d=\"M0\n0\"/>\n</svg>\n<math>\n<mi>x</mi>\n</math>",
            "<pre>unclosed pre\n\ntext",
            "Text with < lone bracket\nand > another\n\n<a href=\"x\">\nlink</a>",
            "<section>\n<header>H</header>\ntext\n</section>\n<details><summary>S</summary>\nD</details>",
            "");

    @Test
    void javaAutopMatchesWordPressAutopOnEveryCorpusPost() {
        List<String> texts = WxrCorpus.texts();
        assertThat(texts).as("post bodies and excerpts of the shared WordPress exports").hasSizeGreaterThan(500);
        assertSameAsOracle(texts);
    }

    @Test
    void javaAutopMatchesWordPressAutopOnCraftedTexts() {
        assertSameAsOracle(CRAFTED);
    }

    private static void assertSameAsOracle(List<String> texts) {
        List<String> expected = oracle(texts);
        assertThat(expected).hasSameSizeAs(texts);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String actual = Autop.autop(texts.get(i)).stripTrailing();
            if (!actual.equals(expected.get(i).stripTrailing())) {
                differences.add("INPUT:\n" + texts.get(i) + "\nORACLE:\n" + expected.get(i) + "\nJAVA:\n" + actual);
            }
        }
        assertThat(differences).as("%d of %d texts differ", differences.size(), texts.size()).isEmpty();
    }

    private static List<String> oracle(List<String> texts) {
        try {
            Process process = new ProcessBuilder("bash", ORACLE.toString()).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (var stdin = process.getOutputStream()) {
                stdin.write(String.join("\0", texts).getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("the autop oracle took over 5 minutes");
            }
            if (process.exitValue() != 0) {
                fail("the autop oracle (" + ORACLE + ") failed with exit code " + process.exitValue() + ": "
                        + new String(err.join(), StandardCharsets.UTF_8).strip()
                        + " - this test needs node and npm (Debian: apt-get install nodejs npm)");
            }
            return Arrays.asList(new String(out.join(), StandardCharsets.UTF_8).split("\0", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + ORACLE + " with bash", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
