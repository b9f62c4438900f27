-- The 手口 an article is about: the desk's taxonomy shared with the self-help site (related articles, lists by method).
CREATE TABLE "ArticleMethods" (
    "ArticleId" INTEGER NOT NULL,
    "MethodId" INTEGER NOT NULL,
    CONSTRAINT "PK_ArticleMethods" PRIMARY KEY ("ArticleId", "MethodId"),
    CONSTRAINT "FK_ArticleMethods_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ArticleMethods_Methods_MethodId" FOREIGN KEY ("MethodId") REFERENCES "Methods" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ArticleMethods_MethodId" ON "ArticleMethods" ("MethodId");
