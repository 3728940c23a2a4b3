package org.tidings.admin;

import io.javalin.http.Context;
import org.tidings.app.Templates;
import org.tidings.i18n.Messages;
import org.tidings.store.SettingStore;
import org.tidings.store.UserStore;

/** The logged-in user's own account: password and two-factor login. */
final class AccountPage implements AdminHandler {
    private final UserStore users;
    private final RecoveryCodes recoveryCodes;
    private final SettingStore settings;
    private final Templates templates;

    AccountPage(UserStore users, RecoveryCodes recoveryCodes, SettingStore settings, Templates templates) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
        this.templates = templates;
    }

    @Override
    public void handle(Context ctx, AdminRequest request) {
        boolean twoFactor = users.byId(request.user().id()).orElseThrow().totpEnabled();
        boolean required = Boolean.parseBoolean(settings.value(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
        ctx.html(templates.render("admin/account.jte", new AccountView(request.page(Messages.t("admin.nav.account")), twoFactor,
                twoFactor ? recoveryCodes.unused(request.user().id()) : 0, required)));
    }
}
