-- New cases go to the GIN index's pending list, which every search reads in full until it is merged into the index. At
-- the server's default of 4 MB a busy desk kept about 2,000 unmerged cases there, and that scan doubled a search's time
-- (40 to 68 ms at 1,000,000 cases). At 512 kB the list holds a few hundred and is merged eight times as often, a cost the
-- intake writer's batches absorb.
ALTER INDEX "IX_fts_consultations_Vector" SET (gin_pending_list_limit = 512);
