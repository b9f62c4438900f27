-- Statistics (issue 6): daily counts per dimension and key, the deltas waiting to be folded into them, and imported
-- historical figures. The first-answer time in business days is kept on the case for the handling-time statistics.
ALTER TABLE "Consultations" ADD COLUMN "FirstAnswerBusinessDays" INTEGER NULL;

CREATE TABLE "DailyCounts" (
    "Dimension" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_DailyCounts" PRIMARY KEY ("Dimension", "Day", "Key")
) WITHOUT ROWID;

CREATE TABLE "CountDeltas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CountDeltas" PRIMARY KEY AUTOINCREMENT,
    "Dimension" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Change" INTEGER NOT NULL
);

CREATE TABLE "HistoricalCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HistoricalCounts" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "Quarter" INTEGER NOT NULL,
    "MethodCode" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "Source" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_HistoricalCounts_Year_Quarter_MethodCode" ON "HistoricalCounts" ("Year", "Quarter", "MethodCode");
