package org.tidings.admin;

/** The kinds of event the audit log records; {@link #code()} is what is stored and filtered on. */
public enum AuditEvent {
    LOGIN("login"),
    LOGIN_FAILED("login.failed"),
    LOGIN_THROTTLED("login.throttled"),
    LOGIN_LOCKED("login.locked"),
    LOGOUT("logout"),
    PASSWORD_CHANGED("password.changed"),
    PASSWORD_RESET("password.reset"),
    TWO_FACTOR_ENABLED("two-factor.enabled"),
    TWO_FACTOR_DISABLED("two-factor.disabled"),
    RECOVERY_CODE_USED("two-factor.recovery-code-used"),
    RECOVERY_CODES_RENEWED("two-factor.recovery-codes-renewed"),
    USER_CREATED("user.created"),
    ROLE_CHANGED("user.role-changed"),
    USER_DISABLED("user.disabled"),
    USER_ENABLED("user.enabled"),
    SETTINGS_CHANGED("settings.changed"),
    POST_PUBLISHED("post.published"),
    POST_SCHEDULED("post.scheduled"),
    /** A published post given another date, its address kept or moved. */
    POST_REDATED("post.redated"),
    POST_UNPUBLISHED("post.unpublished"),
    POST_DELETED("post.deleted");

    private final String code;

    AuditEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
