-- The symptom navigator (ADR 0010): every saved version of a language's tree, and which version is current and public.
CREATE TABLE "NavigatorVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NavigatorVersions" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Document" TEXT NOT NULL,
    "SavedAt" TEXT NOT NULL,
    "SavedBy" TEXT NOT NULL,
    "Note" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_NavigatorVersions_Language_Number" ON "NavigatorVersions" ("Language", "Number");

CREATE TABLE "Navigators" (
    "Language" TEXT NOT NULL CONSTRAINT "PK_Navigators" PRIMARY KEY,
    "CurrentVersion" INTEGER NOT NULL,
    "PublishedVersion" INTEGER NULL,
    "PublishedAt" TEXT NULL,
    "PublishedBy" TEXT NOT NULL
);

-- The public site search: one row per public page, its words in an FTS5 table keyed by the row's id (ADR 0005).
CREATE TABLE "SearchDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SearchDocuments" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "PublishAt" TEXT NOT NULL,
    "Type" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_SearchDocuments_Kind_Language_Key" ON "SearchDocuments" ("Kind", "Language", "Key");

CREATE VIRTUAL TABLE fts_site USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER "TR_SearchDocuments_Delete" AFTER DELETE ON "SearchDocuments"
BEGIN
    DELETE FROM fts_site WHERE rowid = old."Id";
END;
