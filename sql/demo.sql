-- The demo: load the extension and the bundled sample articles, then show
-- what each function finds.  Run from the repository root: make demo
.load ./dist/news
.mode box --wrap 70 --wordwrap on
CREATE TABLE articles(id INTEGER PRIMARY KEY, name TEXT, body TEXT);
INSERT INTO articles(name, body)
  SELECT substr(name, 18), CAST(readfile(name) AS TEXT)
    FROM fsdir('samples/articles') WHERE name LIKE '%.txt' ORDER BY name;

SELECT 'news ' || news_version() AS extension, count(*) AS articles,
       sum(length(body)) AS characters FROM articles;

.print
.print news_sentences: the first five sentences of article 1
SELECT s.sentence, replace(s.text, char(10), ' ') AS text, s.start, s.end
  FROM articles a, news_sentences(a.body) s WHERE a.id = 1 AND s.sentence < 5;

.print
.print Sentences per article
SELECT a.name, count(*) AS sentences FROM articles a, news_sentences(a.body) s GROUP BY a.id;

.print
.print money_amounts: every sum of money in the business and markets articles
SELECT a.id, m.text, m.amount, m.amount_max, m.currency, m.qualifier, m.per
  FROM articles a, money_amounts(a.body) m
 WHERE a.name GLOB '*business*' OR a.name GLOB '*markets*';

.print
.print The largest amounts, by currency
SELECT m.currency, count(*) AS amounts, max(m.amount) AS largest
  FROM articles a, money_amounts(a.body) m GROUP BY 1 ORDER BY 2 DESC;

.print
.print extract_entities: the entities of article 6, one row per entity
SELECT e.entity_id, e.label, e.canonical, count(*) AS mentions,
       group_concat(DISTINCT e.text) AS written_as
  FROM articles a, extract_entities(a.body) e WHERE a.id = 6
 GROUP BY e.entity_id ORDER BY e.entity_id;

.print
.print quote_speakers: who said what in article 8
SELECT q.kind, q.speaker, q.speaker_canonical, q.verb, substr(q.quote, 1, 70) AS quote
  FROM articles a, quote_speakers(a.body) q WHERE a.id = 8;

.print
.print Example analyses over all the sample articles (sql/examples.sql)
.read sql/examples.sql
