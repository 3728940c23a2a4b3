package org.tidings.admin;

import java.util.List;

/** New recovery codes, shown this once. */
public record RecoveryCodesView(AdminPage page, List<String> codes) {
}
