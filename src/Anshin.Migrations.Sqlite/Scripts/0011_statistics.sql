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

CREATE TABLE "QuarterlyReports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuarterlyReports" PRIMARY KEY AUTOINCREMENT,
    "Year" INTEGER NOT NULL,
    "Quarter" INTEGER NOT NULL,
    "State" INTEGER NOT NULL,
    "FiguresJson" TEXT NOT NULL,
    "FiguresAt" TEXT NOT NULL,
    "CommentaryJa" TEXT NOT NULL,
    "CommentaryEn" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "PublishedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_QuarterlyReports_Year_Quarter" ON "QuarterlyReports" ("Year", "Quarter");

CREATE TABLE "ReportPdfs" (
    "ReportId" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "RenderedAt" TEXT NOT NULL,
    CONSTRAINT "PK_ReportPdfs" PRIMARY KEY ("ReportId", "Language"),
    CONSTRAINT "FK_ReportPdfs_QuarterlyReports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "QuarterlyReports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CaseIndicators" (
    "ConsultationId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "Display" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    CONSTRAINT "PK_CaseIndicators" PRIMARY KEY ("ConsultationId", "Kind", "Value"),
    CONSTRAINT "FK_CaseIndicators_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
) WITHOUT ROWID;

CREATE INDEX "IX_CaseIndicators_Kind_Value" ON "CaseIndicators" ("Kind", "Value");

CREATE INDEX "IX_CaseIndicators_ReceivedAt" ON "CaseIndicators" ("ReceivedAt");

CREATE TABLE "IndicatorWatermarks" (
    "Source" TEXT NOT NULL CONSTRAINT "PK_IndicatorWatermarks" PRIMARY KEY,
    "LastId" INTEGER NOT NULL
);
