-- Example analyses over a table articles(id, body).  Load the extension and
-- your articles first, e.g. with sql/schema.sql, then .read sql/examples.sql

-- The people named most often, by their fullest name in each article.
SELECT e.canonical AS person, count(*) AS mentions, count(DISTINCT a.id) AS articles
  FROM articles a, extract_entities(a.body) e
 WHERE e.label = 'PERSON'
 GROUP BY 1 ORDER BY 2 DESC LIMIT 10;

-- Who is quoted most, and how (direct quotes versus reported speech).
SELECT q.speaker_canonical AS speaker,
       sum(q.kind = 'direct') AS direct, sum(q.kind != 'direct') AS reported,
       group_concat(DISTINCT q.verb) AS verbs
  FROM articles a, quote_speakers(a.body) q
 WHERE q.speaker_canonical IS NOT NULL
 GROUP BY 1 ORDER BY direct + reported DESC LIMIT 10;

-- Quotes by named people with the entity label of the speaker.
SELECT a.id, q.speaker_canonical, e.label, substr(q.quote, 1, 60) AS quote
  FROM articles a, quote_speakers(a.body) q
  JOIN extract_entities(a.body) e ON e.entity_id = q.speaker_entity_id AND e.start = q.speaker_start
 LIMIT 10;

-- Money by currency: how many amounts, and the largest.
SELECT m.currency, count(*) AS amounts, max(m.amount) AS largest
  FROM articles a, money_amounts(a.body) m
 GROUP BY 1 ORDER BY 2 DESC;

-- Organisations named in the same sentence as an amount over a billion.
SELECT DISTINCT e.canonical AS organisation, m.text AS amount, m.currency
  FROM articles a, money_amounts(a.body) m, extract_entities(a.body) e
 WHERE m.amount >= 1e9 AND e.label = 'ORG' AND e.sentence = m.sentence
 LIMIT 10;

-- Pairs of entities that appear in the same sentence most often.
WITH ents AS (SELECT a.id, e.sentence, e.canonical
                FROM articles a, extract_entities(a.body) e)
SELECT x.canonical AS first, y.canonical AS second, count(*) AS sentences
  FROM ents x JOIN ents y ON x.id = y.id AND x.sentence = y.sentence AND x.canonical < y.canonical
 GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 10;
