-- Accounts, server-side sessions, two-factor recovery codes, login throttling and the audit log.
-- Usernames are stored in lower case; secrets that only need comparing are stored as SHA-256 hex.
CREATE TABLE users (
  id ${identity},
  username VARCHAR(64) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role VARCHAR(20) NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  author_id BIGINT REFERENCES authors (id) ON DELETE SET NULL,
  totp_secret VARCHAR(64),
  totp_enabled BOOLEAN NOT NULL DEFAULT FALSE,
  totp_last_step BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  last_login_at BIGINT
);

-- A session is found by the SHA-256 of its cookie, so a copy of the database opens no session.
-- stage is 'full', or 'two_factor' between a right password and a right code.
CREATE TABLE sessions (
  token_hash VARCHAR(64) PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  stage VARCHAR(20) NOT NULL,
  csrf_token VARCHAR(64) NOT NULL,
  notice TEXT,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE recovery_codes (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash VARCHAR(64) NOT NULL,
  used_at BIGINT,
  PRIMARY KEY (user_id, code_hash)
);

-- Failed logins per key: 'user:NAME' (whether or not the account exists) and 'ip:ADDRESS'.
CREATE TABLE login_failures (
  throttle_key VARCHAR(300) PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at BIGINT NOT NULL,
  locked_until BIGINT
);

CREATE TABLE audit_log (
  id ${identity},
  at BIGINT NOT NULL,
  event VARCHAR(40) NOT NULL,
  actor_id BIGINT,
  actor_name VARCHAR(64),
  subject TEXT NOT NULL DEFAULT '',
  client_address VARCHAR(64)
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_event ON audit_log (event, at);
