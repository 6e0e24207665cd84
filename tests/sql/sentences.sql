-- news_sentences: the contract's examples, inputs of every type, lateral
-- joins, hidden columns, and use under trusted_schema=OFF.
SELECT news_version() GLOB '[0-9]*.[0-9]*.[0-9]*';
SELECT * FROM news_sentences('Mr. Smith paid $1.5 bln. He left.');
SELECT count(*) FROM news_sentences(NULL);
SELECT count(*) FROM news_sentences('');
SELECT count(*) FROM news_sentences('   ');
SELECT sentence, text, start, end FROM news_sentences(CAST('Hi there. Bye now.' AS BLOB));
SELECT sentence, text FROM news_sentences(12345);
SELECT input FROM news_sentences('One. Two.') LIMIT 1;
-- A NUL byte ends the text, as it does for SQLite's own length() and substr().
SELECT sentence, text, start, end FROM news_sentences('First one. Second' || char(0) || ' hidden. Third.');
-- Multi-byte characters: offsets count characters, not bytes.
SELECT sentence, text, start, end FROM news_sentences('Café “Zürich” opened. Its owner, Ms. Ødegård, said so.');
-- Abbreviations, initials, decimals, quotes, headlines, bullets.
SELECT sentence, text FROM news_sentences('Gov. Ann Lee met Sen. Bob Roe at 9 a.m. on Jan. 5 in the U.S. Capitol. J.P. Morgan and George W. Bush agreed. Shares rose 3.5% to $1.5 bln.');
SELECT sentence, text FROM news_sentences('“Is it over?” she asked. “No.” He left... Then he came back!');
SELECT sentence, text FROM news_sentences('Markets Rally On Fed Hopes

LONDON (Reuters) - Stocks rose on
Monday as investors bet on lower rates. The U.K. index
gained 1.2 percent.

Key figures:
- Revenue up 4%
- Costs down 2%');
CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO articles VALUES (1, 'One here. Two here.'), (2, NULL), (3, 'Three here.'), (4, X'4f6e652e2054776f2e');
SELECT a.id, s.sentence, s.text FROM articles a, news_sentences(a.body) s ORDER BY a.id, s.sentence;
SELECT a.id, (SELECT count(*) FROM news_sentences(a.body)) FROM articles a ORDER BY a.id;
PRAGMA trusted_schema = OFF;
CREATE VIEW article_sentences AS SELECT a.id, s.sentence, s.text FROM articles a, news_sentences(a.body) s;
SELECT count(*) FROM article_sentences;
CREATE TABLE counted(body TEXT, n INTEGER AS (length(body)) VIRTUAL);
CREATE TRIGGER count_sentences AFTER INSERT ON articles BEGIN
  INSERT INTO counted(body) SELECT text FROM news_sentences(NEW.body);
END;
INSERT INTO articles VALUES (5, 'Trigger one. Trigger two.');
SELECT body, n FROM counted;
-- Rows come a window at a time: 1000 sentences cross several windows.
SELECT count(*), sum(s.sentence), min(s.sentence), max(s.sentence),
       sum(substr(x.t, s.start + 1, s.end - s.start) IS NOT s.text)
  FROM (SELECT replace(hex(zeroblob(1000)), '00', 'One more. ') AS t) x, news_sentences(x.t) s;
