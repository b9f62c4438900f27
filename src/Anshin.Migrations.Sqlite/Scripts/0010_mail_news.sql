-- The mail news: subscriptions (double opt-in), the digests sent, and the one-click unsubscribe address of an outgoing
-- message (RFC 8058).
CREATE TABLE "NewsSubscriptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NewsSubscriptions" PRIMARY KEY AUTOINCREMENT,
    "Email" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "Token" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ConfirmationSentAt" TEXT NULL,
    "ConfirmedAt" TEXT NULL,
    "UnsubscribedAt" TEXT NULL
);

CREATE UNIQUE INDEX "IX_NewsSubscriptions_Email" ON "NewsSubscriptions" ("Email");

CREATE UNIQUE INDEX "IX_NewsSubscriptions_Token" ON "NewsSubscriptions" ("Token");

CREATE INDEX "IX_NewsSubscriptions_State_Language" ON "NewsSubscriptions" ("State", "Language");

CREATE TABLE "NewsDigests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NewsDigests" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    "Through" TEXT NOT NULL,
    "Articles" INTEGER NOT NULL,
    "Recipients" INTEGER NOT NULL,
    "SentBy" TEXT NOT NULL
);

CREATE INDEX "IX_NewsDigests_Language_Through" ON "NewsDigests" ("Language", "Through");

ALTER TABLE "OutboxMessages" ADD COLUMN "ListUnsubscribe" TEXT NULL;
