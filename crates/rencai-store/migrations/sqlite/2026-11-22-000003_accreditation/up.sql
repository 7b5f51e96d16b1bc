-- Tiered accreditation: catalogues of rules, applications under review, evidence,
-- accreditations and their certificates, what-if runs, and the mail outbox.
-- JSON documents are TEXT on both backends (serde_json in, serde_json out).

-- An account may stand for one talent (the person applies for themself) or one
-- enterprise (its HR applies on behalf of its employees).
ALTER TABLE users ADD COLUMN talent_id BIGINT REFERENCES talents(id);
ALTER TABLE users ADD COLUMN enterprise_id BIGINT REFERENCES enterprises(id);

-- One row per version; a published version is never changed (the application checks,
-- the trigger makes sure). At most one draft per jurisdiction.
CREATE TABLE catalogues (
    id INTEGER PRIMARY KEY,
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    version BIGINT NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT,
    published_by BIGINT REFERENCES users(id),
    UNIQUE (jurisdiction_id, version)
);
CREATE UNIQUE INDEX catalogues_one_draft ON catalogues (jurisdiction_id) WHERE status = 'draft';
CREATE TRIGGER catalogues_published_frozen BEFORE UPDATE OF body ON catalogues
WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'a published catalogue is immutable'); END;

-- How each kind of application is reviewed (rencai_domain::review::Flow as JSON plus
-- who sits on each step).
CREATE TABLE review_flows (
    kind TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    talent_id BIGINT NOT NULL REFERENCES talents(id),
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    created_by BIGINT NOT NULL REFERENCES users(id),
    catalogue_id BIGINT REFERENCES catalogues(id),
    tier_code TEXT NOT NULL,
    criterion_code TEXT NOT NULL,
    statement TEXT NOT NULL,
    status TEXT NOT NULL,
    step BIGINT,
    version BIGINT NOT NULL,
    flow TEXT NOT NULL,
    state TEXT NOT NULL,
    deadline BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX applications_talent ON applications (talent_id);
CREATE INDEX applications_jurisdiction ON applications (jurisdiction_id, status);
CREATE INDEX applications_deadline ON applications (deadline) WHERE deadline IS NOT NULL;

CREATE TABLE review_events (
    id INTEGER PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications(id),
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    note TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    UNIQUE (application_id, seq)
);

-- Who holds which reviewer seat of a step.
CREATE TABLE review_assignments (
    application_id BIGINT NOT NULL REFERENCES applications(id),
    step BIGINT NOT NULL,
    seat BIGINT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id),
    assigned_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, step, seat),
    UNIQUE (application_id, step, user_id)
);
CREATE INDEX review_assignments_user ON review_assignments (user_id);

-- Uploaded files, stored once by their SHA-256.
CREATE TABLE blobs (
    hash TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    media_type TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications(id),
    blob_hash TEXT NOT NULL REFERENCES blobs(hash),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users(id),
    uploaded_at BIGINT NOT NULL,
    UNIQUE (application_id, blob_hash)
);

CREATE TABLE accreditations (
    id INTEGER PRIMARY KEY,
    talent_id BIGINT NOT NULL REFERENCES talents(id),
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    application_id BIGINT NOT NULL UNIQUE REFERENCES applications(id),
    catalogue_id BIGINT NOT NULL REFERENCES catalogues(id),
    tier_code TEXT NOT NULL,
    criterion_code TEXT NOT NULL,
    evidence TEXT NOT NULL,
    number TEXT NOT NULL UNIQUE,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revoked_reason TEXT,
    renewed_by BIGINT REFERENCES accreditations(id)
);
CREATE INDEX accreditations_talent ON accreditations (talent_id);
CREATE INDEX accreditations_expiry ON accreditations (expires_at);

-- Mail to send, written in the transaction that causes it; a worker delivers it.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    dedupe_key TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts BIGINT NOT NULL,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (id) WHERE sent_at IS NULL;

CREATE TABLE whatif_runs (
    id INTEGER PRIMARY KEY,
    catalogue_id BIGINT NOT NULL REFERENCES catalogues(id),
    base_id BIGINT REFERENCES catalogues(id),
    jurisdiction_id BIGINT NOT NULL REFERENCES jurisdictions(id),
    status TEXT NOT NULL,
    total BIGINT NOT NULL,
    processed BIGINT NOT NULL,
    tally TEXT NOT NULL,
    errors TEXT NOT NULL,
    error_count BIGINT NOT NULL,
    started_by BIGINT REFERENCES users(id),
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);

CREATE TABLE whatif_changes (
    run_id BIGINT NOT NULL REFERENCES whatif_runs(id),
    talent_id BIGINT NOT NULL REFERENCES talents(id),
    old_tier TEXT,
    new_tier TEXT,
    movement TEXT NOT NULL,
    PRIMARY KEY (run_id, talent_id)
);
