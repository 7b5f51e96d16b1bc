-- Timestamps are microseconds since the Unix epoch (BIGINT); dates are ISO text.
CREATE TABLE jurisdictions (
    id INTEGER PRIMARY KEY,
    parent_id BIGINT REFERENCES jurisdictions(id),
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    level TEXT NOT NULL
);

CREATE TABLE alliances (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE alliance_members (
    alliance_id BIGINT NOT NULL REFERENCES alliances(id),
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    PRIMARY KEY (alliance_id, jurisdiction_id)
);

CREATE TABLE enterprises (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    industry_chain TEXT NOT NULL,
    cluster TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE talents (
    id INTEGER PRIMARY KEY,
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    name TEXT NOT NULL,
    name_latin TEXT,
    search_key TEXT NOT NULL,
    gender TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    identity_cipher BLOB,
    identity_index TEXT UNIQUE,
    identity_masked TEXT NOT NULL,
    education TEXT NOT NULL,
    title TEXT NOT NULL,
    skill_level TEXT NOT NULL,
    field TEXT NOT NULL,
    employer_id BIGINT REFERENCES enterprises(id),
    email TEXT,
    phone TEXT,
    honours TEXT NOT NULL,
    patents INTEGER NOT NULL,
    papers INTEGER NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    erased_at BIGINT
);
CREATE INDEX talents_jurisdiction ON talents (jurisdiction_id, id);
CREATE INDEX talents_title ON talents (title, jurisdiction_id);
CREATE INDEX talents_skill ON talents (skill_level, jurisdiction_id);
CREATE INDEX talents_field ON talents (field, jurisdiction_id);
CREATE INDEX talents_employer ON talents (employer_id);

CREATE TABLE talent_moves (
    id INTEGER PRIMARY KEY,
    talent_id BIGINT NOT NULL REFERENCES talents(id),
    from_jurisdiction_id BIGINT REFERENCES jurisdictions(id),
    to_jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    moved_on TEXT NOT NULL
);
CREATE INDEX talent_moves_talent ON talent_moves (talent_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale TEXT,
    disabled BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE grants (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    UNIQUE (user_id, role, jurisdiction_id)
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    row_count BIGINT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id BIGINT,
    jurisdiction_id BIGINT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id);

-- The last entry of the chain. Every audited write starts by updating this row, which
-- serialises writers (SQLite takes its write lock at once, PostgreSQL a row lock).
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
