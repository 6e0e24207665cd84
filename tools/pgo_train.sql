-- The training run of the profile-guided build (see the Makefile's $(SO)
-- rule): the instrumented library, loaded before this script, runs every
-- function over the sample articles bundled in samples/articles, so that
-- the final build knows which branches news text takes.  fsdir() and
-- readfile() are the sqlite3 shell's own.
.bail on
CREATE TEMP TABLE train AS
  SELECT readfile(name) AS body FROM fsdir('samples/articles') WHERE name LIKE '%.txt';
SELECT count(*) FROM train, quote_speakers(train.body);
SELECT count(*) FROM train, extract_entities(train.body);
SELECT count(*) FROM train, money_amounts(train.body);
SELECT count(*) FROM train, news_sentences(train.body);
SELECT count(quotes_json(body)), count(entities_json(body)), count(money_json(body)) FROM train;
