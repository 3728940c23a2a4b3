package org.tidings.admin;

import java.time.Clock;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.site.Site;
import org.tidings.store.Stores;

/** The admin's shared parts, built once per server: the guard, sessions, audit log and account handlers. */
public final class Admin {
    private final AdminGuard guard;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Login login;
    private final TwoFactorLogin twoFactorLogin;
    private final Logout logout;
    private final PasswordChange passwordChange;
    private final AdminHandler accountPage;
    private final TwoFactorSetup twoFactorSetup;
    private final UsersScreen users;
    private final SettingsScreen settings;
    private final AdminHandler auditScreen;
    private final Refusals refusals;
    private final ExpiredSave expiredSave;

    /** Cookies are Secure when the site's public address is https, even behind a plain-HTTP proxy. */
    public Admin(ContentService content, Stores stores, Templates templates, Clock clock, Site site) {
        this.sessions = new Sessions(stores.sessions(), stores.users(), clock, site.baseUrl().startsWith("https:"));
        Signer signer = new Signer(stores);
        Csrf csrf = new Csrf(sessions, signer, clock);
        this.expiredSave = new ExpiredSave(new KeptForms(clock), sessions, csrf, templates, stores.settings());
        this.guard = new AdminGuard(sessions, csrf, new OriginCheck(site.baseUrl()), stores.settings(), expiredSave);
        this.audit = new AuditLog(stores.audit(), clock);
        this.accounts = new Accounts(stores, clock);
        LoginThrottle throttle = new LoginThrottle(stores.loginFailures(), clock);
        DeviceCookies devices = new DeviceCookies(sessions, signer, clock);
        LoginFinish finish = new LoginFinish(sessions, throttle, devices, stores.users(), audit, clock);
        this.login = new Login(stores.users(), throttle, finish, csrf, templates);
        RecoveryCodes codes = new RecoveryCodes(stores.recoveryCodes(), clock);
        this.twoFactorLogin = new TwoFactorLogin(sessions, stores.users(), codes, throttle, finish, templates, clock);
        this.logout = new Logout(sessions, audit);
        this.passwordChange = new PasswordChange(stores.users(), sessions, audit, templates);
        this.accountPage = new AccountPage(stores.users(), codes, stores.settings(), templates);
        this.twoFactorSetup = new TwoFactorSetup(stores.users(), codes, audit, templates, clock, site);
        this.users = new UsersScreen(accounts, stores.users(), templates);
        this.settings = new SettingsScreen(content, stores, audit, templates, site);
        this.auditScreen = new AuditScreen(stores.audit(), templates);
        this.refusals = new Refusals(templates);
    }

    /** How a 401 or 403 is shown. */
    public Refusals refusals() {
        return refusals;
    }

    /** Editor forms kept when they came after the session ended. */
    ExpiredSave expiredSave() {
        return expiredSave;
    }

    public AdminGuard guard() {
        return guard;
    }

    public AuditLog audit() {
        return audit;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Login login() {
        return login;
    }

    public TwoFactorLogin twoFactorLogin() {
        return twoFactorLogin;
    }

    public Logout logout() {
        return logout;
    }

    public PasswordChange passwordChange() {
        return passwordChange;
    }

    /** The logged-in user's own account page. */
    public AdminHandler accountPage() {
        return accountPage;
    }

    public TwoFactorSetup twoFactorSetup() {
        return twoFactorSetup;
    }

    public UsersScreen users() {
        return users;
    }

    public SettingsScreen settings() {
        return settings;
    }

    /** The audit log viewer. */
    public AdminHandler auditScreen() {
        return auditScreen;
    }
}
