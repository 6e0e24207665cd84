-- A schema for analysing a table of articles with the news extension.
-- Load the extension first (.load ./dist/news), then .read sql/schema.sql.
-- The views compute on read; the *_rows tables keep results that triggers
-- fill as articles arrive, for corpora queried more often than written.

CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  title TEXT,
  published TEXT,
  body TEXT NOT NULL
);

-- On-the-fly views (always current, computed per query).
CREATE VIEW IF NOT EXISTS article_sentences AS
  SELECT a.id AS article_id, s.* FROM articles a, news_sentences(a.body) s;
CREATE VIEW IF NOT EXISTS article_money AS
  SELECT a.id AS article_id, m.* FROM articles a, money_amounts(a.body) m;
CREATE VIEW IF NOT EXISTS article_entities AS
  SELECT a.id AS article_id, e.* FROM articles a, extract_entities(a.body) e;
CREATE VIEW IF NOT EXISTS article_quotes AS
  SELECT a.id AS article_id, q.* FROM articles a, quote_speakers(a.body) q;

-- Materialised results, kept in step with articles by triggers.
CREATE TABLE IF NOT EXISTS money_rows(
  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT, amount REAL, amount_max REAL, currency TEXT, qualifier TEXT,
  per TEXT, start INTEGER, "end" INTEGER, sentence INTEGER);
CREATE INDEX IF NOT EXISTS money_rows_article ON money_rows(article_id);
CREATE INDEX IF NOT EXISTS money_rows_currency ON money_rows(currency, amount);

CREATE TRIGGER IF NOT EXISTS articles_money_insert AFTER INSERT ON articles BEGIN
  INSERT INTO money_rows SELECT NEW.id, m.* FROM money_amounts(NEW.body) m;
END;
CREATE TRIGGER IF NOT EXISTS articles_money_update AFTER UPDATE OF body ON articles BEGIN
  DELETE FROM money_rows WHERE article_id = NEW.id;
  INSERT INTO money_rows SELECT NEW.id, m.* FROM money_amounts(NEW.body) m;
END;
CREATE TRIGGER IF NOT EXISTS articles_money_delete AFTER DELETE ON articles BEGIN
  DELETE FROM money_rows WHERE article_id = OLD.id;
END;
