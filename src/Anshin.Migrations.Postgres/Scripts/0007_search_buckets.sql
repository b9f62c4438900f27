-- Every indexed document also carries one "bucket" token naming the block of 8,192 consultation ids it belongs to:
-- 'ｘ' and four full-width letters (block 122 is 'ｘａａｅｓ'). User text never produces full-width letters, because
-- every indexed text and every query is NFKC-folded first, so the tokens cannot collide with words.
-- A search then asks the GIN index for "the words AND one of these blocks", newest blocks first (PostgresCaseSearch),
-- and reads only matching rows, instead of walking the newest documents in id order and decompressing each vector.
-- The formula is repeated in PostgresCaseSearch.BucketToken; the search tests fail if the two disagree.
DROP INDEX "IX_fts_consultations_Vector";

ALTER TABLE fts_consultations DROP COLUMN "Vector";

ALTER TABLE fts_consultations ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple',
    "Tokens" || ' ' || chr(65368)
    || chr(65345 + ((("ConsultationId" >> 13) / 17576) % 26)::integer)
    || chr(65345 + ((("ConsultationId" >> 13) / 676) % 26)::integer)
    || chr(65345 + ((("ConsultationId" >> 13) / 26) % 26)::integer)
    || chr(65345 + (("ConsultationId" >> 13) % 26)::integer))) STORED;

CREATE INDEX "IX_fts_consultations_Vector" ON fts_consultations USING gin ("Vector");
