-- sql/schema.sql: views compute on read; triggers keep money_rows in step
-- with articles on insert, update and delete.
.read sql/schema.sql
INSERT INTO articles(body) VALUES ('It paid $4bn. Later 20p.'), ('Acme Corp hired Jane Doe.');
SELECT article_id, text, amount, currency, start, "end", sentence FROM money_rows ORDER BY article_id, start;
UPDATE articles SET body = 'Now €5m.' WHERE id = 1;
SELECT article_id, text, currency FROM money_rows;
SELECT count(*) FROM article_sentences;
SELECT article_id, text, label FROM article_entities ORDER BY article_id, start;
DELETE FROM articles WHERE id = 1;
SELECT count(*) FROM money_rows;
