-- Multi-megabyte inputs finish (linear time is measured by make bench; here
-- they must simply complete with the right counts and no crash).
-- 50 MB of short sentences: 1,500,000 copies of 34 characters.
SELECT count(*), max(end) FROM news_sentences(replace(hex(zeroblob(1500000)), '00', 'Mr. Smith paid $1.5 bln. He left. '));
-- 10 MB without any boundary: cut every 600 tokens (2,000,000 words).
SELECT count(*), max(end) FROM news_sentences(replace(hex(zeroblob(2000000)), '00', 'word '));
-- 10 MB of one token.
SELECT count(*), max(end) FROM news_sentences(replace(hex(zeroblob(5000000)), '00', 'x'));
-- 10 MB of full stops and of blank lines.
SELECT count(*) FROM news_sentences(replace(hex(zeroblob(5000000)), '00', '.'));
SELECT count(*) FROM news_sentences(replace(hex(zeroblob(2500000)), '00', 'A.' || char(10) || char(10)));
