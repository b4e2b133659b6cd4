-- The tables as version 0.1.0 (and main before issue 17) created them on SQLite: schema.py's create_all plus
-- its FTS5 search index. Frozen: the upgrade test builds an old database from this, never from the models.
CREATE TABLE feed (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	url VARCHAR NOT NULL, 
	configured_url VARCHAR NOT NULL, 
	outlet VARCHAR, 
	full_text BOOLEAN NOT NULL, 
	ignore_http_cache BOOLEAN NOT NULL, 
	enabled BOOLEAN NOT NULL, 
	etag VARCHAR, 
	last_modified VARCHAR, 
	last_status INTEGER, 
	last_checked_at DATETIME, 
	last_success_at DATETIME, 
	error_count INTEGER NOT NULL, 
	last_error_key VARCHAR, 
	last_error TEXT, 
	last_error_at DATETIME, 
	last_warning TEXT, 
	moved_at DATETIME, 
	next_check_at DATETIME, 
	poll_interval INTEGER, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE run (
	id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	status VARCHAR(7) NOT NULL, 
	counts JSON NOT NULL, 
	errors JSON NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE user (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	password_hash VARCHAR NOT NULL, 
	enabled BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	last_seen_at DATETIME, 
	visit_started_at DATETIME, 
	previous_visit_at DATETIME, 
	compact BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE release (
	id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	source VARCHAR NOT NULL, 
	url VARCHAR, 
	text TEXT NOT NULL, 
	published_at DATETIME NOT NULL, 
	window_days INTEGER NOT NULL, 
	homes JSON NOT NULL, 
	fingerprint JSON NOT NULL, 
	algorithm VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE digestrun (
	id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	period_start DATETIME NOT NULL, 
	period_end DATETIME NOT NULL, 
	status VARCHAR NOT NULL, 
	through_article_id INTEGER, 
	message_id VARCHAR, 
	recipients JSON NOT NULL, 
	items INTEGER NOT NULL, 
	error TEXT, 
	PRIMARY KEY (id)
);
CREATE TABLE article (
	id INTEGER NOT NULL, 
	url VARCHAR NOT NULL, 
	link VARCHAR NOT NULL, 
	guid VARCHAR, 
	feed_id INTEGER, 
	outlet VARCHAR NOT NULL, 
	title TEXT NOT NULL, 
	author VARCHAR, 
	published_at DATETIME, 
	fetched_at DATETIME NOT NULL, 
	summary TEXT NOT NULL, 
	text TEXT NOT NULL, 
	text_source VARCHAR NOT NULL, 
	text_note VARCHAR, 
	text_capped BOOLEAN NOT NULL, 
	canonical_url VARCHAR, 
	content_hash VARCHAR NOT NULL, 
	story_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (url), 
	FOREIGN KEY(feed_id) REFERENCES feed (id)
);
CREATE TABLE usersession (
	id INTEGER NOT NULL, 
	token_hash VARCHAR NOT NULL, 
	user_id INTEGER NOT NULL, 
	csrf_token VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	user_agent VARCHAR, 
	PRIMARY KEY (id), 
	UNIQUE (token_hash), 
	FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE
);
CREATE TABLE mention (
	id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	kind VARCHAR(6) NOT NULL, 
	"key" VARCHAR NOT NULL, 
	text VARCHAR NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	sentence TEXT NOT NULL, 
	reason VARCHAR, 
	PRIMARY KEY (id), 
	UNIQUE (article_id, kind, "key", start), 
	FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE quote (
	id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	speaker VARCHAR, 
	person_key VARCHAR, 
	cue VARCHAR, 
	role VARCHAR, 
	confidence FLOAT, 
	PRIMARY KEY (id), 
	UNIQUE (article_id, start), 
	FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE storyshingle (
	article_id INTEGER NOT NULL, 
	value BIGINT NOT NULL, 
	PRIMARY KEY (article_id, value), 
	FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE review (
	id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	starred BOOLEAN NOT NULL, 
	note TEXT, 
	reviewer VARCHAR, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (article_id), 
	FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE reviewchange (
	id INTEGER NOT NULL, 
	batch VARCHAR NOT NULL, 
	article_id INTEGER NOT NULL, 
	reviewer VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	made_at DATETIME NOT NULL, 
	before_status VARCHAR(10), 
	before_starred BOOLEAN NOT NULL, 
	before_note TEXT, 
	before_reviewer VARCHAR, 
	before_updated_at DATETIME, 
	undone_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE releasematch (
	id INTEGER NOT NULL, 
	release_id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	reuse FLOAT NOT NULL, 
	narrative_reuse FLOAT NOT NULL, 
	sentences INTEGER NOT NULL, 
	quotes JSON NOT NULL, 
	spans JSON NOT NULL, 
	mentioned JSON NOT NULL, 
	wire BOOLEAN NOT NULL, 
	algorithm VARCHAR NOT NULL, 
	matched_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (release_id, article_id), 
	FOREIGN KEY(release_id) REFERENCES release (id) ON DELETE CASCADE, 
	FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE TABLE digestitem (
	article_id INTEGER NOT NULL, 
	digest_id INTEGER NOT NULL, 
	PRIMARY KEY (article_id), 
	FOREIGN KEY(article_id) REFERENCES article (id) ON DELETE CASCADE, 
	FOREIGN KEY(digest_id) REFERENCES digestrun (id) ON DELETE CASCADE
);
CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='article', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE INDEX ix_feed_next_check_at ON feed (next_check_at);
CREATE INDEX ix_article_story_id ON article (story_id);
CREATE INDEX ix_article_list ON article (fetched_at, published_at, story_id, outlet);
CREATE INDEX ix_article_fetched_at ON article (fetched_at);
CREATE INDEX ix_article_feed_id ON article (feed_id);
CREATE INDEX ix_article_content_hash ON article (content_hash);
CREATE INDEX ix_usersession_user_id ON usersession (user_id);
CREATE INDEX ix_mention_article_id ON mention (article_id);
CREATE INDEX ix_mention_key ON mention (kind, "key");
CREATE INDEX ix_quote_article_id ON quote (article_id);
CREATE INDEX ix_quote_person_key ON quote (person_key);
CREATE INDEX ix_storyshingle_value ON storyshingle (value);
CREATE INDEX ix_review_status ON review (status, starred);
CREATE INDEX ix_reviewchange_batch ON reviewchange (batch);
CREATE INDEX ix_reviewchange_article_id ON reviewchange (article_id);
CREATE INDEX ix_releasematch_release_id ON releasematch (release_id);
CREATE INDEX ix_releasematch_article_id ON releasematch (article_id);
CREATE INDEX ix_digestitem_digest_id ON digestitem (digest_id);
CREATE TRIGGER article_search_ai AFTER INSERT ON article BEGIN INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text); END;
CREATE TRIGGER article_search_ad AFTER DELETE ON article BEGIN INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;
CREATE TRIGGER article_search_au AFTER UPDATE OF title, text ON article BEGIN INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text); END;
