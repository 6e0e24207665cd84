-- The contract of money_amounts, extract_entities and quote_speakers through
-- SQL: columns, arguments, linking, and use in schema objects.
SELECT text, amount, amount_max, currency, qualifier, per, start, end, sentence
  FROM money_amounts('Shares rose 20p. It paid about $4bn, or $1.20 a share, and between €3 and €4 billion.');
SELECT text, amount, currency FROM money_amounts('It raised $5m and A$2m.', 'CAD');
SELECT text, amount, currency FROM money_amounts('It raised $5m and A$2m.', 'cad');
SELECT count(*) FROM money_amounts('It raised $5m.', NULL);
SELECT money_value('A $4bn deal'), money_currency('A $4bn deal'), money_currency('£5', 'CAD');
-- Entities: one id per entity, canonical = the fullest name, titles and 's off.
SELECT entity_id, text, label, canonical, start, end, sentence
  FROM extract_entities('Amazon Web Services (AWS) cut jobs, Mr. Matt Garman wrote. Garman''s memo went to AWS staff in Seattle.')
 ORDER BY start;
SELECT count(*) FROM extract_entities(NULL);
-- Quotes: speaker, its entity, canonical name, verb, kind, offsets.
SELECT quote, speaker, speaker_canonical, speaker_entity_id, verb, kind, start, end, speaker_start, speaker_end, sentence
  FROM quote_speakers('Jane Doe runs Acme Corp. “We will grow,” Doe said. “Costs are falling.”');
SELECT q.speaker_entity_id = e.entity_id
  FROM quote_speakers('Jane Doe runs Acme Corp. “We will grow,” Doe said.') q,
       extract_entities('Jane Doe runs Acme Corp. “We will grow,” Doe said.') e
 WHERE e.start = q.speaker_start;
-- Deterministic and innocuous: generated columns, indexes, views, triggers,
-- all with trusted_schema off.
PRAGMA trusted_schema = OFF;
CREATE TABLE deals(body TEXT, value REAL AS (money_value(body)), currency TEXT AS (money_currency(body)) STORED);
CREATE INDEX deals_value ON deals(money_value(body));
INSERT INTO deals(body) VALUES ('A $4bn deal.'), ('A £300m deal.'), ('No money here.');
SELECT body, value, currency FROM deals ORDER BY value;
SELECT body FROM deals WHERE money_value(body) > 1e9;
CREATE VIEW deal_entities AS SELECT d.body, e.text FROM deals d, extract_entities(d.body) e;
CREATE VIEW deal_quotes AS SELECT d.body, q.quote FROM deals d, quote_speakers(d.body) q;
SELECT count(*) >= 0 FROM deal_entities, deal_quotes;
