-- One indicator's cases are listed newest first: the index carries the time, so the newest 200 of an indicator named by
-- a hundred thousand cases are read from its end instead of sorted.
DROP INDEX "IX_CaseIndicators_Kind_Value";

CREATE INDEX "IX_CaseIndicators_Kind_Value_ReceivedAt" ON "CaseIndicators" ("Kind", "Value", "ReceivedAt");
