package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteKindTest {
    @Test
    void everyPublicAddressFallsIntoOneOfAFewKinds() {
        Map<String, RouteKind> kinds = Map.ofEntries(Map.entry("/", RouteKind.HOME),
                Map.entry("/page/3/", RouteKind.HOME),
                Map.entry("/2024/05/01/aid-arrives/", RouteKind.POST),
                Map.entry("/2024/", RouteKind.ARCHIVE), Map.entry("/2024/05/", RouteKind.ARCHIVE),
                Map.entry("/2024/05/page/2/", RouteKind.ARCHIVE), Map.entry("/2024/05/31/", RouteKind.ARCHIVE),
                Map.entry("/archive/", RouteKind.ARCHIVE), Map.entry("/category/", RouteKind.ARCHIVE),
                Map.entry("/category/refugees/page/2/", RouteKind.ARCHIVE), Map.entry("/tag/aid/", RouteKind.ARCHIVE),
                Map.entry("/author/desk/", RouteKind.ARCHIVE), Map.entry("/source/yonhap/", RouteKind.ARCHIVE),
                Map.entry("/feed/", RouteKind.FEED), Map.entry("/feed/atom/", RouteKind.FEED),
                Map.entry("/category/refugees/feed/json/", RouteKind.FEED), Map.entry("/sitemap.xml", RouteKind.SITEMAP),
                Map.entry("/sitemap-2.xml", RouteKind.SITEMAP), Map.entry("/robots.txt", RouteKind.SITEMAP),
                Map.entry("/search/", RouteKind.SEARCH), Map.entry("/assets/site.css", RouteKind.ASSET),
                Map.entry("/admin/posts/3/", RouteKind.ADMIN), Map.entry("/healthz", RouteKind.OPS),
                Map.entry("/readyz", RouteKind.OPS), Map.entry("/metrics", RouteKind.OPS),
                Map.entry("/wp-login.php", RouteKind.OTHER), Map.entry("/20x4/", RouteKind.OTHER),
                Map.entry("/healthz/", RouteKind.OTHER));
        kinds.forEach((path, kind) -> assertThat(RouteKind.of(path)).as(path).isEqualTo(kind));
    }
}
