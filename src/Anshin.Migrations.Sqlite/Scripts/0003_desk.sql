-- 0003: the consultation desk — cases, their thread, attachments, history and links; the 手口 taxonomy, reasons,
-- referrals and reply templates; case examples; receipt counters; the e-mail outbox; job leases; and the search
-- index (docs/decisions/0005). Written from 'schema-script' output plus the search table.

CREATE TABLE "JobLeases" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_JobLeases" PRIMARY KEY,
    "Holder" TEXT NULL,
    "LeasedUntil" TEXT NOT NULL,
    "LastCompletedAt" TEXT NULL
);

CREATE TABLE "Methods" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Methods" PRIMARY KEY AUTOINCREMENT,
    "ParentId" INTEGER NULL,
    "Code" TEXT NOT NULL,
    "NameJa" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    CONSTRAINT "FK_Methods_Methods_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Methods" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "CreatedAt" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ToAddress" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "ConsultationId" INTEGER NULL,
    "ConsultationMessageId" INTEGER NULL,
    "State" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "OutOfScopeReasons" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutOfScopeReasons" PRIMARY KEY AUTOINCREMENT,
    "NameJa" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "ReceiptCounters" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_ReceiptCounters" PRIMARY KEY,
    "LastSequence" INTEGER NOT NULL
);

CREATE TABLE "Referrals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Referrals" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Hours" TEXT NOT NULL,
    "Topics" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "ReplyTemplates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReplyTemplates" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "MethodId" INTEGER NULL,
    "Body" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ReplyTemplates_Methods_MethodId" FOREIGN KEY ("MethodId") REFERENCES "Methods" ("Id") ON DELETE SET NULL
);

CREATE TABLE "Consultations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Consultations" PRIMARY KEY AUTOINCREMENT,
    "ReceiptNumber" TEXT NOT NULL,
    "Channel" INTEGER NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Urgency" INTEGER NOT NULL,
    "MethodId" INTEGER NULL,
    "AssigneeId" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "DeviceType" INTEGER NOT NULL,
    "OperatingSystem" TEXT NOT NULL,
    "SecuritySoftware" TEXT NOT NULL,
    "CloudServices" TEXT NOT NULL,
    "WhatHappened" TEXT NOT NULL,
    "WhySuspected" TEXT NOT NULL,
    "OtherDesksAsked" TEXT NOT NULL,
    "NavigatorSymptom" TEXT NOT NULL,
    "NavigatorPath" TEXT NOT NULL,
    "ConsulterName" TEXT NULL,
    "ConsulterEmail" TEXT NULL,
    "ConsulterPhone" TEXT NULL,
    "ConsulterPhoneDigits" TEXT NULL,
    "ConsulterAddress" TEXT NULL,
    "ConsentedAt" TEXT NULL,
    "Language" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "SlaPausedAt" TEXT NULL,
    "SlaRemainingDays" INTEGER NULL,
    "SlaOutcome" INTEGER NOT NULL,
    "FirstAnsweredAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "MergedIntoId" INTEGER NULL,
    "OutOfScopeReasonId" INTEGER NULL,
    "ReferralId" INTEGER NULL,
    "AnonymizedAt" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Consultations_AspNetUsers_AssigneeId" FOREIGN KEY ("AssigneeId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Consultations_Consultations_MergedIntoId" FOREIGN KEY ("MergedIntoId") REFERENCES "Consultations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Consultations_Methods_MethodId" FOREIGN KEY ("MethodId") REFERENCES "Methods" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Consultations_OutOfScopeReasons_OutOfScopeReasonId" FOREIGN KEY ("OutOfScopeReasonId") REFERENCES "OutOfScopeReasons" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Consultations_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CaseExamples" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseExamples" PRIMARY KEY AUTOINCREMENT,
    "SourceConsultationId" INTEGER NOT NULL,
    "MethodId" INTEGER NULL,
    "Title" TEXT NOT NULL,
    "Question" TEXT NOT NULL,
    "Answer" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "ProposedById" TEXT NOT NULL,
    "ProposedAt" TEXT NOT NULL,
    "ApprovedById" TEXT NULL,
    "ApprovedAt" TEXT NULL,
    "ReviewComment" TEXT NULL,
    CONSTRAINT "FK_CaseExamples_Consultations_SourceConsultationId" FOREIGN KEY ("SourceConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CaseExamples_Methods_MethodId" FOREIGN KEY ("MethodId") REFERENCES "Methods" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ConsultationEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ConsultationEvents" PRIMARY KEY AUTOINCREMENT,
    "ConsultationId" INTEGER NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Detail" TEXT NOT NULL,
    CONSTRAINT "FK_ConsultationEvents_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ConsultationLinks" (
    "ConsultationId" INTEGER NOT NULL,
    "RelatedId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_ConsultationLinks" PRIMARY KEY ("ConsultationId", "RelatedId"),
    CONSTRAINT "FK_ConsultationLinks_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ConsultationLinks_Consultations_RelatedId" FOREIGN KEY ("RelatedId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ConsultationMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ConsultationMessages" PRIMARY KEY AUTOINCREMENT,
    "ConsultationId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "ReplyState" INTEGER NULL,
    "ReviewedById" TEXT NULL,
    "ReviewComment" TEXT NULL,
    "SentAt" TEXT NULL,
    "StatusOnSend" INTEGER NULL,
    "OutOfScopeReasonId" INTEGER NULL,
    "ReferralId" INTEGER NULL,
    "CallStartedAt" TEXT NULL,
    "CallEndedAt" TEXT NULL,
    CONSTRAINT "FK_ConsultationMessages_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ConsultationTags" (
    "ConsultationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "PK_ConsultationTags" PRIMARY KEY ("ConsultationId", "Name"),
    CONSTRAINT "FK_ConsultationTags_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ConsultationAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ConsultationAttachments" PRIMARY KEY AUTOINCREMENT,
    "ConsultationId" INTEGER NOT NULL,
    "MessageId" INTEGER NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DeletedAt" TEXT NULL,
    CONSTRAINT "FK_ConsultationAttachments_ConsultationMessages_MessageId" FOREIGN KEY ("MessageId") REFERENCES "ConsultationMessages" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_ConsultationAttachments_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CaseExamples_MethodId" ON "CaseExamples" ("MethodId");

CREATE INDEX "IX_CaseExamples_SourceConsultationId" ON "CaseExamples" ("SourceConsultationId");

CREATE INDEX "IX_CaseExamples_State" ON "CaseExamples" ("State");

CREATE INDEX "IX_ConsultationAttachments_ConsultationId" ON "ConsultationAttachments" ("ConsultationId");

CREATE INDEX "IX_ConsultationAttachments_MessageId" ON "ConsultationAttachments" ("MessageId");

CREATE INDEX "IX_ConsultationEvents_ConsultationId_OccurredAt" ON "ConsultationEvents" ("ConsultationId", "OccurredAt");

CREATE INDEX "IX_ConsultationLinks_RelatedId" ON "ConsultationLinks" ("RelatedId");

CREATE INDEX "IX_ConsultationMessages_ConsultationId_CreatedAt" ON "ConsultationMessages" ("ConsultationId", "CreatedAt");

CREATE INDEX "IX_ConsultationMessages_ReplyState" ON "ConsultationMessages" ("ReplyState");

CREATE INDEX "IX_Consultations_AssigneeId_Status" ON "Consultations" ("AssigneeId", "Status");

CREATE INDEX "IX_Consultations_ClosedAt_AnonymizedAt" ON "Consultations" ("ClosedAt", "AnonymizedAt");

CREATE INDEX "IX_Consultations_ConsulterEmail" ON "Consultations" ("ConsulterEmail");

CREATE INDEX "IX_Consultations_ConsulterPhoneDigits" ON "Consultations" ("ConsulterPhoneDigits");

CREATE INDEX "IX_Consultations_MergedIntoId" ON "Consultations" ("MergedIntoId");

CREATE INDEX "IX_Consultations_MethodId" ON "Consultations" ("MethodId");

CREATE INDEX "IX_Consultations_OutOfScopeReasonId" ON "Consultations" ("OutOfScopeReasonId");

CREATE UNIQUE INDEX "IX_Consultations_ReceiptNumber" ON "Consultations" ("ReceiptNumber");

CREATE INDEX "IX_Consultations_ReceivedAt" ON "Consultations" ("ReceivedAt");

CREATE INDEX "IX_Consultations_ReferralId" ON "Consultations" ("ReferralId");

CREATE INDEX "IX_Consultations_Status_DueDate" ON "Consultations" ("Status", "DueDate");

CREATE INDEX "IX_Consultations_Status_ReceivedAt" ON "Consultations" ("Status", "ReceivedAt");

CREATE INDEX "IX_ConsultationTags_Name" ON "ConsultationTags" ("Name");

CREATE UNIQUE INDEX "IX_Methods_Code" ON "Methods" ("Code");

CREATE INDEX "IX_Methods_ParentId" ON "Methods" ("ParentId");

CREATE INDEX "IX_OutboxMessages_ConsultationId" ON "OutboxMessages" ("ConsultationId");

CREATE INDEX "IX_OutboxMessages_State_NextAttemptAt" ON "OutboxMessages" ("State", "NextAttemptAt");

CREATE INDEX "IX_ReplyTemplates_MethodId" ON "ReplyTemplates" ("MethodId");

-- Pre-tokenised search text (CJK bigrams, see SearchText). rowid is the consultation id negated, so that FTS5's natural
-- ascending order is newest first and a search for a frequent word stops after the newest matches.
CREATE VIRTUAL TABLE fts_consultations USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0');
