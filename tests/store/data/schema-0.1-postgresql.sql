-- The tables as version 0.1.0 (and main before issue 17) created them on PostgreSQL: create_all, no search
-- index. Frozen (pg_dump --schema-only): the upgrade test builds an old database from this.


CREATE TYPE public.mentionkind AS ENUM (
    'TOPIC',
    'PERSON'
);

CREATE TYPE public.reviewstatus AS ENUM (
    'NEW',
    'RELEVANT',
    'IRRELEVANT'
);

CREATE TYPE public.runstatus AS ENUM (
    'RUNNING',
    'OK',
    'PARTIAL',
    'FAILED',
    'ABORTED'
);

CREATE TABLE public.article (
    id integer NOT NULL,
    url character varying NOT NULL,
    link character varying NOT NULL,
    guid character varying,
    feed_id integer,
    outlet character varying NOT NULL,
    title text NOT NULL,
    author character varying,
    published_at timestamp with time zone,
    fetched_at timestamp with time zone NOT NULL,
    summary text NOT NULL,
    text text NOT NULL,
    text_source character varying NOT NULL,
    text_note character varying,
    text_capped boolean NOT NULL,
    canonical_url character varying,
    content_hash character varying NOT NULL,
    story_id integer
);

CREATE SEQUENCE public.article_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.article_id_seq OWNED BY public.article.id;

CREATE TABLE public.digestitem (
    article_id integer NOT NULL,
    digest_id integer NOT NULL
);

CREATE TABLE public.digestrun (
    id integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    period_start timestamp with time zone NOT NULL,
    period_end timestamp with time zone NOT NULL,
    status character varying NOT NULL,
    through_article_id integer,
    message_id character varying,
    recipients json NOT NULL,
    items integer NOT NULL,
    error text
);

CREATE SEQUENCE public.digestrun_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.digestrun_id_seq OWNED BY public.digestrun.id;

CREATE TABLE public.feed (
    id integer NOT NULL,
    name character varying NOT NULL,
    url character varying NOT NULL,
    configured_url character varying NOT NULL,
    outlet character varying,
    full_text boolean NOT NULL,
    ignore_http_cache boolean NOT NULL,
    enabled boolean NOT NULL,
    etag character varying,
    last_modified character varying,
    last_status integer,
    last_checked_at timestamp with time zone,
    last_success_at timestamp with time zone,
    error_count integer NOT NULL,
    last_error_key character varying,
    last_error text,
    last_error_at timestamp with time zone,
    last_warning text,
    moved_at timestamp with time zone,
    next_check_at timestamp with time zone,
    poll_interval integer,
    created_at timestamp with time zone NOT NULL
);

CREATE SEQUENCE public.feed_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.feed_id_seq OWNED BY public.feed.id;

CREATE TABLE public.mention (
    id integer NOT NULL,
    article_id integer NOT NULL,
    kind public.mentionkind NOT NULL,
    key character varying NOT NULL,
    text character varying NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    sentence text NOT NULL,
    reason character varying
);

CREATE SEQUENCE public.mention_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.mention_id_seq OWNED BY public.mention.id;

CREATE TABLE public.quote (
    id integer NOT NULL,
    article_id integer NOT NULL,
    text text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    speaker character varying,
    person_key character varying,
    cue character varying,
    role character varying,
    confidence double precision
);

CREATE SEQUENCE public.quote_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.quote_id_seq OWNED BY public.quote.id;

CREATE TABLE public.release (
    id integer NOT NULL,
    title text NOT NULL,
    source character varying NOT NULL,
    url character varying,
    text text NOT NULL,
    published_at timestamp with time zone NOT NULL,
    window_days integer NOT NULL,
    homes json NOT NULL,
    fingerprint json NOT NULL,
    algorithm character varying NOT NULL,
    created_at timestamp with time zone NOT NULL
);

CREATE SEQUENCE public.release_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.release_id_seq OWNED BY public.release.id;

CREATE TABLE public.releasematch (
    id integer NOT NULL,
    release_id integer NOT NULL,
    article_id integer NOT NULL,
    kind character varying NOT NULL,
    reuse double precision NOT NULL,
    narrative_reuse double precision NOT NULL,
    sentences integer NOT NULL,
    quotes json NOT NULL,
    spans json NOT NULL,
    mentioned json NOT NULL,
    wire boolean NOT NULL,
    algorithm character varying NOT NULL,
    matched_at timestamp with time zone NOT NULL
);

CREATE SEQUENCE public.releasematch_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.releasematch_id_seq OWNED BY public.releasematch.id;

CREATE TABLE public.review (
    id integer NOT NULL,
    article_id integer NOT NULL,
    status public.reviewstatus NOT NULL,
    starred boolean NOT NULL,
    note text,
    reviewer character varying,
    updated_at timestamp with time zone NOT NULL
);

CREATE SEQUENCE public.review_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.review_id_seq OWNED BY public.review.id;

CREATE TABLE public.reviewchange (
    id integer NOT NULL,
    batch character varying NOT NULL,
    article_id integer NOT NULL,
    reviewer character varying NOT NULL,
    action character varying NOT NULL,
    made_at timestamp with time zone NOT NULL,
    before_status public.reviewstatus,
    before_starred boolean NOT NULL,
    before_note text,
    before_reviewer character varying,
    before_updated_at timestamp with time zone,
    undone_at timestamp with time zone
);

CREATE SEQUENCE public.reviewchange_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.reviewchange_id_seq OWNED BY public.reviewchange.id;

CREATE TABLE public.run (
    id integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    status public.runstatus NOT NULL,
    counts json NOT NULL,
    errors json NOT NULL
);

CREATE SEQUENCE public.run_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.run_id_seq OWNED BY public.run.id;

CREATE TABLE public.storyshingle (
    article_id integer NOT NULL,
    value bigint NOT NULL
);

CREATE TABLE public."user" (
    id integer NOT NULL,
    name character varying NOT NULL,
    password_hash character varying NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone,
    visit_started_at timestamp with time zone,
    previous_visit_at timestamp with time zone,
    compact boolean NOT NULL
);

CREATE SEQUENCE public.user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.user_id_seq OWNED BY public."user".id;

CREATE TABLE public.usersession (
    id integer NOT NULL,
    token_hash character varying NOT NULL,
    user_id integer NOT NULL,
    csrf_token character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    user_agent character varying
);

CREATE SEQUENCE public.usersession_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.usersession_id_seq OWNED BY public.usersession.id;

ALTER TABLE ONLY public.article ALTER COLUMN id SET DEFAULT nextval('public.article_id_seq'::regclass);

ALTER TABLE ONLY public.digestrun ALTER COLUMN id SET DEFAULT nextval('public.digestrun_id_seq'::regclass);

ALTER TABLE ONLY public.feed ALTER COLUMN id SET DEFAULT nextval('public.feed_id_seq'::regclass);

ALTER TABLE ONLY public.mention ALTER COLUMN id SET DEFAULT nextval('public.mention_id_seq'::regclass);

ALTER TABLE ONLY public.quote ALTER COLUMN id SET DEFAULT nextval('public.quote_id_seq'::regclass);

ALTER TABLE ONLY public.release ALTER COLUMN id SET DEFAULT nextval('public.release_id_seq'::regclass);

ALTER TABLE ONLY public.releasematch ALTER COLUMN id SET DEFAULT nextval('public.releasematch_id_seq'::regclass);

ALTER TABLE ONLY public.review ALTER COLUMN id SET DEFAULT nextval('public.review_id_seq'::regclass);

ALTER TABLE ONLY public.reviewchange ALTER COLUMN id SET DEFAULT nextval('public.reviewchange_id_seq'::regclass);

ALTER TABLE ONLY public.run ALTER COLUMN id SET DEFAULT nextval('public.run_id_seq'::regclass);

ALTER TABLE ONLY public."user" ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);

ALTER TABLE ONLY public.usersession ALTER COLUMN id SET DEFAULT nextval('public.usersession_id_seq'::regclass);

ALTER TABLE ONLY public.article
    ADD CONSTRAINT article_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.article
    ADD CONSTRAINT article_url_key UNIQUE (url);

ALTER TABLE ONLY public.digestitem
    ADD CONSTRAINT digestitem_pkey PRIMARY KEY (article_id);

ALTER TABLE ONLY public.digestrun
    ADD CONSTRAINT digestrun_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.feed
    ADD CONSTRAINT feed_name_key UNIQUE (name);

ALTER TABLE ONLY public.feed
    ADD CONSTRAINT feed_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.mention
    ADD CONSTRAINT mention_article_id_kind_key_start_key UNIQUE (article_id, kind, key, start);

ALTER TABLE ONLY public.mention
    ADD CONSTRAINT mention_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.quote
    ADD CONSTRAINT quote_article_id_start_key UNIQUE (article_id, start);

ALTER TABLE ONLY public.quote
    ADD CONSTRAINT quote_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.release
    ADD CONSTRAINT release_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.releasematch
    ADD CONSTRAINT releasematch_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.releasematch
    ADD CONSTRAINT releasematch_release_id_article_id_key UNIQUE (release_id, article_id);

ALTER TABLE ONLY public.review
    ADD CONSTRAINT review_article_id_key UNIQUE (article_id);

ALTER TABLE ONLY public.review
    ADD CONSTRAINT review_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.reviewchange
    ADD CONSTRAINT reviewchange_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.run
    ADD CONSTRAINT run_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.storyshingle
    ADD CONSTRAINT storyshingle_pkey PRIMARY KEY (article_id, value);

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_name_key UNIQUE (name);

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.usersession
    ADD CONSTRAINT usersession_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.usersession
    ADD CONSTRAINT usersession_token_hash_key UNIQUE (token_hash);

CREATE INDEX ix_article_content_hash ON public.article USING btree (content_hash);

CREATE INDEX ix_article_feed_id ON public.article USING btree (feed_id);

CREATE INDEX ix_article_fetched_at ON public.article USING btree (fetched_at);

CREATE INDEX ix_article_list ON public.article USING btree (fetched_at, published_at, story_id, outlet);

CREATE INDEX ix_article_story_id ON public.article USING btree (story_id);

CREATE INDEX ix_digestitem_digest_id ON public.digestitem USING btree (digest_id);

CREATE INDEX ix_feed_next_check_at ON public.feed USING btree (next_check_at);

CREATE INDEX ix_mention_article_id ON public.mention USING btree (article_id);

CREATE INDEX ix_mention_key ON public.mention USING btree (kind, key);

CREATE INDEX ix_quote_article_id ON public.quote USING btree (article_id);

CREATE INDEX ix_quote_person_key ON public.quote USING btree (person_key);

CREATE INDEX ix_releasematch_article_id ON public.releasematch USING btree (article_id);

CREATE INDEX ix_releasematch_release_id ON public.releasematch USING btree (release_id);

CREATE INDEX ix_review_status ON public.review USING btree (status, starred);

CREATE INDEX ix_reviewchange_article_id ON public.reviewchange USING btree (article_id);

CREATE INDEX ix_reviewchange_batch ON public.reviewchange USING btree (batch);

CREATE INDEX ix_storyshingle_value ON public.storyshingle USING btree (value);

CREATE INDEX ix_usersession_user_id ON public.usersession USING btree (user_id);

ALTER TABLE ONLY public.article
    ADD CONSTRAINT article_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES public.feed(id);

ALTER TABLE ONLY public.digestitem
    ADD CONSTRAINT digestitem_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.digestitem
    ADD CONSTRAINT digestitem_digest_id_fkey FOREIGN KEY (digest_id) REFERENCES public.digestrun(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.mention
    ADD CONSTRAINT mention_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.quote
    ADD CONSTRAINT quote_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.releasematch
    ADD CONSTRAINT releasematch_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.releasematch
    ADD CONSTRAINT releasematch_release_id_fkey FOREIGN KEY (release_id) REFERENCES public.release(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.review
    ADD CONSTRAINT review_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.reviewchange
    ADD CONSTRAINT reviewchange_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.storyshingle
    ADD CONSTRAINT storyshingle_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.article(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.usersession
    ADD CONSTRAINT usersession_user_id_fkey FOREIGN KEY (user_id) REFERENCES public."user"(id) ON DELETE CASCADE;


