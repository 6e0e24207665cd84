-- The JSON scalars give valid JSON with one object per row of their
-- table-valued function, the same keys and values, on any input.
CREATE TABLE docs(name TEXT, body);
INSERT INTO docs SELECT name, CAST(readfile(name) AS TEXT) FROM fsdir('samples/articles') WHERE name LIKE '%.txt';
INSERT INTO docs VALUES
  ('invalid utf-8', CAST(X'48656c6c6f2e20c3283a2046e282ac2ff0288cbc2e20576f726c642e80bf2041626328' AS TEXT)),
  ('control characters', 'Tab	here, "quoted" \ back\slash, bell ' || char(7) || ' and $5m.'),
  ('random', CAST(randomblob(5000) AS TEXT)),
  ('null', NULL);
SELECT count(*) FROM docs WHERE body IS NOT NULL
   AND json_valid(entities_json(body)) AND json_valid(quotes_json(body)) AND json_valid(money_json(body));
SELECT count(*) FROM docs WHERE body IS NOT NULL AND (
     json_array_length(entities_json(body)) != (SELECT count(*) FROM extract_entities(docs.body))
  OR json_array_length(quotes_json(body)) != (SELECT count(*) FROM quote_speakers(docs.body))
  OR json_array_length(money_json(body)) != (SELECT count(*) FROM money_amounts(docs.body)));
-- Same values: every entity row appears in the JSON with equal fields (on
-- valid UTF-8: JSON writes an invalid byte as U+FFFD).
SELECT count(*) FROM docs d, extract_entities(d.body) e
 WHERE d.name NOT IN ('random', 'invalid utf-8') AND NOT EXISTS (SELECT 1 FROM json_each(entities_json(d.body)) j
                    WHERE j.value ->> '$.start' = e.start AND j.value ->> '$.text' = e.text
                      AND j.value ->> '$.entity_id' = e.entity_id AND j.value ->> '$.label' = e.label);
SELECT entities_json(NULL) IS NULL, quotes_json(NULL) IS NULL, money_json(NULL) IS NULL,
       money_value(NULL) IS NULL, money_currency(NULL) IS NULL;
SELECT entities_json(''), quotes_json(''), money_json('');
SELECT money_json('It cost $4bn, or about £3.2bn, and 20p a share.');
SELECT money_value('Pay $1.2bn now.'), money_currency('Pay $1.2bn now.'), money_value('no money'), money_value('C$5', 'CAD');
SELECT json_extract(quotes_json('“We will win,” said Jane Doe.'), '$[0].speaker');
