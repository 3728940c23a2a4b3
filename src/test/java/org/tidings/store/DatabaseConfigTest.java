package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What {@code --db} accepts, and that the password never rides in the URL the pool, logs and messages see. */
class DatabaseConfigTest {
    @Test
    void userAndPasswordAreTakenOutOfTheUrlAndDecoded() {
        var config = (DatabaseConfig.Postgres) DatabaseConfig.postgres(
                "jdbc:postgresql://db.example:5433/news?user=night%20desk&sslmode=require&password=p%26ss%3Dw%C3%B6rd");
        assertThat(config.url()).isEqualTo("jdbc:postgresql://db.example:5433/news?sslmode=require");
        assertThat(config.user()).isEqualTo("night desk");
        assertThat(config.password()).isEqualTo("p&ss=wörd");
        assertThat(config.shown()).isEqualTo("PostgreSQL jdbc:postgresql://db.example:5433/news?sslmode=require as night desk");
        assertThat(config.toString()).doesNotContain("w%C3%B6rd").doesNotContain("wörd");
    }

    @Test
    void serversMayBeNamedByIpv6AddressOrSeveralHosts() {
        assertThat(((DatabaseConfig.Postgres) DatabaseConfig.postgres("jdbc:postgresql://[::1]:5432/news")).url())
                .isEqualTo("jdbc:postgresql://[::1]:5432/news");
        assertThat(((DatabaseConfig.Postgres) DatabaseConfig.postgres("jdbc:postgresql://a.example,b.example:5433/news"))
                .user()).isNull();
    }

    @Test
    void urlsThatNameNoDatabaseOrPutThePasswordBeforeTheHostAreRefused() {
        for (String url : new String[] {"jdbc:postgresql://db.example", "jdbc:postgresql://db.example/",
                "jdbc:postgresql://editor:secret@db.example/news", "jdbc:postgresql://db.example/news/extra",
                "jdbc:postgresql://db.example:99999999/news", "jdbc:postgresql://db example/news?password=secret",
                "jdbc:sqlite:tidings.db"}) {
            assertThatThrownBy(() -> DatabaseConfig.postgres(url)).as(url).isInstanceOf(BadDatabaseUrl.class)
                    .hasMessageContaining("jdbc:postgresql://HOST:PORT/NAME").message().doesNotContain("secret");
        }
    }
}
