-- The offset invariant substr(body, start+1, end-start) = text, for every
-- row of every function, over the bundled articles and hostile inputs.
CREATE TABLE docs(name TEXT, body);
INSERT INTO docs SELECT name, CAST(readfile(name) AS TEXT) FROM fsdir('samples/articles') WHERE name LIKE '%.txt';
INSERT INTO docs VALUES
  ('invalid utf-8', CAST(X'48656c6c6f2e20c3283a2046e282ac2ff0288cbc2e20576f726c642e80bf2041626328' AS TEXT)),
  ('stray continuation', CAST(X'612080808020e282ac2435206d696c6c696f6e2e20c0afc0af2e' AS TEXT)),
  ('NUL inside', 'Money: $5 million. Next.' || char(0) || 'After $3bn. More.'),
  ('overlong and surrogates', CAST(X'eda080edbfbf2e20e080af2e20f4908080202431302e' AS TEXT)),
  ('quotes', '“A,” she said. ‘B’ he said. "C" «D» „E“ ''F'' ’90s don’t'),
  ('mixed scripts', 'Токио ¥500 млн. 東京 €3m. مرحبا $4bn. עברית ₪20.'),
  ('blob', X'5468652066696e652077617320c2a3336d2e2054686174277320697420'),
  ('random 1', CAST(randomblob(20000) AS TEXT)),
  ('random 2', CAST(randomblob(20000) AS TEXT)),
  ('dots', replace(hex(zeroblob(5000)), '00', '. ')),
  ('dollars', replace(hex(zeroblob(5000)), '00', '$')),
  ('digits', replace(hex(zeroblob(5000)), '00', '1,')),
  ('caps', replace(hex(zeroblob(5000)), '00', 'Word ')),
  ('quote marks', replace(hex(zeroblob(5000)), '00', '“‘"''«')),
  ('empty', '');
SELECT d.name, s.start, s.end, quote(CAST(s.text AS BLOB)), quote(CAST(substr(CAST(d.body AS TEXT), s.start + 1, s.end - s.start) AS BLOB)) FROM docs d, news_sentences(d.body) s WHERE substr(CAST(d.body AS TEXT), s.start + 1, s.end - s.start) IS NOT s.text;
CREATE TABLE checks(fn TEXT, rows INTEGER, bad INTEGER);
INSERT INTO checks SELECT 'news_sentences', count(*), sum(substr(CAST(d.body AS TEXT), s.start + 1, s.end - s.start) IS NOT s.text)
  FROM docs d, news_sentences(d.body) s;
INSERT INTO checks SELECT 'money_amounts', count(*), sum(substr(CAST(d.body AS TEXT), m.start + 1, m.end - m.start) IS NOT m.text)
  FROM docs d, money_amounts(d.body) m;
INSERT INTO checks SELECT 'extract_entities', count(*), sum(substr(CAST(d.body AS TEXT), e.start + 1, e.end - e.start) IS NOT e.text)
  FROM docs d, extract_entities(d.body) e;
-- Quotes: the speaker is at its offsets, and the quoted words lie inside the
-- quote's span (which includes the quote marks of a direct quote).  The
-- containment test compares bytes: on invalid UTF-8, instr() over TEXT skips
-- stray continuation bytes that substr() counts as characters.
INSERT INTO checks SELECT 'quote_speakers', count(*),
  sum((q.speaker IS NOT NULL AND substr(CAST(d.body AS TEXT), q.speaker_start + 1, q.speaker_end - q.speaker_start) IS NOT q.speaker)
      OR instr(CAST(substr(CAST(d.body AS TEXT), q.start + 1, q.end - q.start) AS BLOB), CAST(q.quote AS BLOB)) = 0)
  FROM docs d, quote_speakers(d.body) q;
-- Every function gives rows over the articles, and no row breaks the invariant.
SELECT fn, rows > 0, coalesce(bad, 0) FROM checks ORDER BY fn;
-- Sentences tile the text: they are in order and do not overlap.
SELECT count(*) FROM docs d, news_sentences(d.body) a, news_sentences(d.body) b
 WHERE b.sentence = a.sentence + 1 AND b.start < a.end;
