package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** --download-media fetches through the safe fetcher: an export cannot make the import probe local networks. */
class DownloadedUploadsTest {

    @Test
    void anUploadOnALocalAddressIsNeverRequested() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 3);
            exchange.getResponseBody().write(new byte[] {1, 2, 3});
            exchange.close();
        });
        server.start();
        try (Uploads uploads = Uploads.download()) {
            int port = server.getAddress().getPort();
            for (String host : new String[] {"127.0.0.1", "localhost", "2130706433", "[::ffff:127.0.0.1]", "0x7f.1"}) {
                assertThat(uploads.read("http://" + host + ":" + port + "/wp-content/uploads/2020/01/a.jpg")).as(host)
                        .isEmpty();
            }
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }
}
