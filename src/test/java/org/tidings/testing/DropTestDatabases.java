package org.tidings.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drops the PostgreSQL databases a test class made once it is done (after its own {@code @AfterAll}),
 * so a run does not keep hundreds of them; registered for every class by {@code junit-platform.properties}.
 */
public final class DropTestDatabases implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) {
        boolean topLevelClass = context.getParent().flatMap(ExtensionContext::getParent).isEmpty();
        if (topLevelClass) {
            TestStore.dropAll();
        }
    }
}
