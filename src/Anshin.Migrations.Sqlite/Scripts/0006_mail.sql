-- The e-mail channel: every inbound message kept with its raw bytes, addresses confirmed for a case, case flags,
-- and what the outbox needs to deliver (fixed Message-IDs, threading headers, leases, bounces).
CREATE TABLE "InboundMails" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InboundMails" PRIMARY KEY AUTOINCREMENT,
    "ReceivedAt" TEXT NOT NULL,
    "MessageIdHeader" TEXT NULL,
    "FromAddress" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "RawStorageKey" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Outcome" INTEGER NOT NULL,
    "ConsultationId" INTEGER NULL,
    "Detail" TEXT NOT NULL,
    CONSTRAINT "FK_InboundMails_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE SET NULL
);

CREATE INDEX "IX_InboundMails_ConsultationId" ON "InboundMails" ("ConsultationId");

CREATE UNIQUE INDEX "IX_InboundMails_MessageIdHeader" ON "InboundMails" ("MessageIdHeader");

CREATE INDEX "IX_InboundMails_ReceivedAt" ON "InboundMails" ("ReceivedAt");

CREATE TABLE "ConfirmedAddresses" (
    "ConsultationId" INTEGER NOT NULL,
    "Address" TEXT NOT NULL,
    "ConfirmedAt" TEXT NOT NULL,
    "ConfirmedByName" TEXT NOT NULL,
    CONSTRAINT "PK_ConfirmedAddresses" PRIMARY KEY ("ConsultationId", "Address"),
    CONSTRAINT "FK_ConfirmedAddresses_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

ALTER TABLE "Consultations" ADD COLUMN "Flags" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ConsultationMessages" ADD COLUMN "MailMessageId" TEXT NULL;
ALTER TABLE "ConsultationMessages" ADD COLUMN "MailReferences" TEXT NULL;
ALTER TABLE "ConsultationMessages" ADD COLUMN "FromAddress" TEXT NULL;
ALTER TABLE "ConsultationMessages" ADD COLUMN "InboundMailId" INTEGER NULL;

CREATE INDEX "IX_ConsultationMessages_MailMessageId" ON "ConsultationMessages" ("MailMessageId");

ALTER TABLE "OutboxMessages" ADD COLUMN "Language" TEXT NOT NULL DEFAULT 'ja';
ALTER TABLE "OutboxMessages" ADD COLUMN "MessageIdHeader" TEXT NOT NULL DEFAULT '';
ALTER TABLE "OutboxMessages" ADD COLUMN "InReplyTo" TEXT NULL;
ALTER TABLE "OutboxMessages" ADD COLUMN "References" TEXT NULL;
ALTER TABLE "OutboxMessages" ADD COLUMN "LockedUntil" TEXT NULL;
ALTER TABLE "OutboxMessages" ADD COLUMN "BouncedAt" TEXT NULL;

-- Messages written before this version get a Message-ID of their own, so the unique index holds.
UPDATE "OutboxMessages" SET "MessageIdHeader" = 'outbox-' || "Id" || '@anshin.invalid' WHERE "MessageIdHeader" = '';

CREATE UNIQUE INDEX "IX_OutboxMessages_MessageIdHeader" ON "OutboxMessages" ("MessageIdHeader");

CREATE INDEX "IX_OutboxMessages_ToAddress_CreatedAt" ON "OutboxMessages" ("ToAddress", "CreatedAt");
