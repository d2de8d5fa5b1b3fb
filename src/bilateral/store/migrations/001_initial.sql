-- bilateral knowledge base, schema 1.
-- articles: one per article (matched by path or title); sources: one row per revision of an article,
-- `current` = 1 on the latest. Facts, evidence, sentences and mentions belong to a revision.

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    title       TEXT,
    title_key   TEXT,
    current_source_id INTEGER
);
CREATE INDEX articles_path ON articles(path);
CREATE INDEX articles_title ON articles(title_key);

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    revision    INTEGER NOT NULL,
    current     INTEGER NOT NULL DEFAULT 1,
    path        TEXT NOT NULL,
    title       TEXT,
    format      TEXT,
    sha256      TEXT NOT NULL,
    schema      TEXT,
    dyad_a      TEXT,            -- the article's pair, in title order
    dyad_b      TEXT,
    a           TEXT,            -- the same pair, sorted (a < b), for lookups
    b           TEXT,
    ingested_at TEXT NOT NULL,
    n_facts     INTEGER NOT NULL,
    n_sentences INTEGER NOT NULL,
    warnings    TEXT NOT NULL DEFAULT '[]',
    header      TEXT NOT NULL,   -- the contract document without its facts (JSON)
    UNIQUE (article_id, revision)
);
CREATE INDEX sources_sha ON sources(sha256, current);
CREATE INDEX sources_current ON sources(current, article_id);
CREATE INDEX sources_pair ON sources(a, b);

CREATE TABLE facts (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    seq         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    a           TEXT,            -- the pair the fact belongs to, sorted (a < b)
    b           TEXT,
    actor       TEXT,            -- subject / sender / reporter / investor / country
    counterpart TEXT,            -- object / receiver / partner / recipient
    via_country TEXT,            -- a non-resident mission's accredited_from.country
    date        TEXT,            -- the first date the fact gives (EDTF)
    date_lo     TEXT,
    date_hi     TEXT,
    label       TEXT NOT NULL,   -- one readable line
    text        TEXT NOT NULL,   -- what full-text search sees
    confidence  REAL,
    data        TEXT NOT NULL    -- the fact as the contract gives it, without evidence (JSON)
);
CREATE INDEX facts_source ON facts(source_id, seq);
CREATE INDEX facts_pair ON facts(a, b, type);
CREATE INDEX facts_actor ON facts(type, actor);
CREATE INDEX facts_counterpart ON facts(type, counterpart);
CREATE INDEX facts_via ON facts(type, via_country);

CREATE TABLE fact_dates (
    fact_id     INTEGER NOT NULL REFERENCES facts(id),
    field       TEXT NOT NULL,
    edtf        TEXT NOT NULL,
    lo          TEXT NOT NULL,
    hi          TEXT NOT NULL,
    PRIMARY KEY (fact_id, field)
);
CREATE INDEX fact_dates_lo ON fact_dates(lo);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    fact_id     INTEGER NOT NULL REFERENCES facts(id),
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    seq         INTEGER NOT NULL,
    section     TEXT,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    extra       TEXT             -- other keys of the evidence object (JSON), or NULL
);
CREATE INDEX evidence_fact ON evidence(fact_id, seq);
CREATE INDEX evidence_span ON evidence(source_id, start, "end");

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    section     TEXT,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX sentences_source ON sentences(source_id, seq);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,   -- country | person | city | organization
    key         TEXT NOT NULL,   -- ISO code, or the name without case and accents
    name        TEXT NOT NULL,
    country     TEXT,
    UNIQUE (kind, key)
);

CREATE TABLE mentions (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    fact_id     INTEGER NOT NULL REFERENCES facts(id),
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    field       TEXT NOT NULL,
    PRIMARY KEY (entity_id, fact_id, field)
);
CREATE INDEX mentions_fact ON mentions(fact_id);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, section, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text, section) VALUES (new.id, new.text, new.section);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text, section) VALUES ('delete', old.id, old.text, old.section);
END;

CREATE VIRTUAL TABLE facts_fts USING fts5(
    text, content='facts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN
    INSERT INTO facts_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN
    INSERT INTO facts_fts(facts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- readable views (for datasette and SQL users): current facts, one per type with its fields
CREATE VIEW current_facts AS
    SELECT f.*, s.path, s.title AS article, s.revision
    FROM facts f JOIN sources s ON s.id = f.source_id WHERE s.current = 1;

CREATE VIEW recognitions AS
    SELECT f.id, json_extract(f.data, '$.subject') AS subject, json_extract(f.data, '$.object') AS object,
           json_extract(f.data, '$.date') AS date, f.path, f.article
    FROM current_facts f WHERE f.type = 'recognition';

CREATE VIEW diplomatic_relations AS
    SELECT f.id, f.a, f.b, json_extract(f.data, '$.event') AS event, json_extract(f.data, '$.date') AS date,
           f.path, f.article
    FROM current_facts f WHERE f.type = 'diplomatic_relations';

CREATE VIEW missions AS
    SELECT f.id, json_extract(f.data, '$.sender') AS sender, json_extract(f.data, '$.receiver') AS receiver,
           json_extract(f.data, '$.kind') AS kind, json_extract(f.data, '$.city') AS city,
           json_extract(f.data, '$.resident') AS resident,
           json_extract(f.data, '$.accredited_from.city') AS accredited_from_city,
           json_extract(f.data, '$.accredited_from.country') AS accredited_from_country,
           json_extract(f.data, '$.date') AS date, json_extract(f.data, '$.status') AS status, f.path, f.article
    FROM current_facts f WHERE f.type = 'mission';

CREATE VIEW offices AS
    SELECT f.id, json_extract(f.data, '$.person') AS person, json_extract(f.data, '$.role') AS role,
           json_extract(f.data, '$.sender') AS sender, json_extract(f.data, '$.receiver') AS receiver,
           json_extract(f.data, '$.appointed') AS appointed, json_extract(f.data, '$.credentials') AS credentials,
           json_extract(f.data, '$.since') AS since, json_extract(f.data, '$.concurrent_with') AS concurrent_with,
           f.path, f.article
    FROM current_facts f WHERE f.type = 'office';

CREATE VIEW events AS
    SELECT f.id, f.a, f.b, json_extract(f.data, '$.kind') AS kind, json_extract(f.data, '$.date') AS date,
           json_extract(f.data, '$.location.city') AS city, json_extract(f.data, '$.location.country') AS country,
           json_extract(f.data, '$.participants') AS participants, json_extract(f.data, '$.occasion') AS occasion,
           json_extract(f.data, '$.summary') AS summary, f.path, f.article
    FROM current_facts f WHERE f.type = 'event';

CREATE VIEW agreements AS
    SELECT f.id, f.a, f.b, json_extract(f.data, '$.title') AS title, json_extract(f.data, '$.kind') AS kind,
           json_extract(f.data, '$.status') AS status, json_extract(f.data, '$.date') AS date,
           json_extract(f.data, '$.subject') AS subject, f.path, f.article
    FROM current_facts f WHERE f.type = 'agreement';

CREATE VIEW trade AS
    SELECT f.id, json_extract(f.data, '$.reporter') AS reporter, json_extract(f.data, '$.partner') AS partner,
           json_extract(f.data, '$.flow') AS flow, json_extract(f.data, '$.period') AS period,
           json_extract(f.data, '$.value') AS value, json_extract(f.data, '$.unit') AS unit,
           json_extract(f.data, '$.unit_inferred') AS unit_inferred,
           json_extract(f.data, '$.approximate') AS approximate, json_extract(f.data, '$.commodity') AS commodity,
           json_extract(f.data, '$.source') AS statistics_source, f.a, f.b, f.path, f.article
    FROM current_facts f WHERE f.type = 'trade';

CREATE VIEW investments AS
    SELECT f.id, json_extract(f.data, '$.investor') AS investor, json_extract(f.data, '$.recipient') AS recipient,
           json_extract(f.data, '$.period') AS period, json_extract(f.data, '$.value') AS value,
           json_extract(f.data, '$.unit') AS unit, json_extract(f.data, '$.qualifier') AS qualifier,
           f.path, f.article
    FROM current_facts f WHERE f.type = 'investment';

CREATE VIEW memberships AS
    SELECT f.id, json_extract(f.data, '$.country') AS country,
           json_extract(f.data, '$.organization') AS organization, json_extract(f.data, '$.date') AS date,
           f.path, f.article
    FROM current_facts f WHERE f.type = 'membership';

CREATE VIEW parliamentary_groups AS
    SELECT f.id, json_extract(f.data, '$.country') AS country, json_extract(f.data, '$.parliament') AS parliament,
           json_extract(f.data, '$.name') AS name, json_extract(f.data, '$.partner') AS partner,
           json_extract(f.data, '$.established') AS established, json_extract(f.data, '$.head') AS head,
           json_extract(f.data, '$.head_since') AS head_since, f.path, f.article
    FROM current_facts f WHERE f.type = 'parliamentary_group';
