-- The app now writes each search document's tsvector itself (SearchText.ToPostgresTsVector): the tokens it already
-- made, with their positions, plus the block token of migration 0007. The server no longer runs its word parser over
-- the token text on every insert (a tenth of its CPU under mail load), and queries name the same lexemes verbatim
-- (a tsquery cast, no parser), so index and query cannot tokenise differently.
-- Existing vectors stay as they are: to_tsvector('simple', …) gave the same lexemes and positions for these tokens.
ALTER TABLE fts_consultations ALTER COLUMN "Vector" DROP EXPRESSION;

ALTER TABLE fts_consultations ALTER COLUMN "Vector" SET NOT NULL;

ALTER TABLE fts_consultations DROP COLUMN "Tokens";
