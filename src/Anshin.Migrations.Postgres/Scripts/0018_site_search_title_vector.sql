-- The site search ranks like the SQLite one: of the newest matches, those with every word in the title first, then the
-- newest. The title's own vector answers that from a few bytes, where ts_rank read and decompressed each match's whole
-- vector a second time. The title's lexemes are the ones the app stored with weight A.
ALTER TABLE fts_site ADD COLUMN "Title" tsvector NOT NULL DEFAULT ''::tsvector;

UPDATE fts_site SET "Title" = ts_filter("Vector", '{a}');
