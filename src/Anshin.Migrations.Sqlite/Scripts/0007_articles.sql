-- The self-help site's articles (Knowledge area) and every saved version of their text (ADR 0009).
CREATE TABLE "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "BodyMarkdown" TEXT NOT NULL,
    "BodyHtml" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "PublishAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CurrentVersion" INTEGER NOT NULL,
    "CounterpartId" INTEGER NULL,
    CONSTRAINT "FK_Articles_Articles_CounterpartId" FOREIGN KEY ("CounterpartId") REFERENCES "Articles" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ArticleVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleVersions" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "BodyMarkdown" TEXT NOT NULL,
    "SavedAt" TEXT NOT NULL,
    "SavedBy" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    CONSTRAINT "FK_ArticleVersions_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Articles_CounterpartId" ON "Articles" ("CounterpartId");

CREATE UNIQUE INDEX "IX_Articles_Language_Slug" ON "Articles" ("Language", "Slug");

CREATE INDEX "IX_Articles_State_PublishAt" ON "Articles" ("State", "PublishAt");

CREATE UNIQUE INDEX "IX_ArticleVersions_ArticleId_Number" ON "ArticleVersions" ("ArticleId", "Number");
