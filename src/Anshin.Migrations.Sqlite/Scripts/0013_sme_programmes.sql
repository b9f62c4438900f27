-- SME programmes (issue 7): organisations and their ways back (account, sign-in link, resume code), self-diagnosis
-- drafts and results, the peer counts kept up to date on every submission, SECURITY ACTION declarations with their
-- history, and the basic-policy revisions.

CREATE TABLE "Organisations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Industry" TEXT NULL,
    "SizeBand" INTEGER NULL,
    "Email" TEXT NULL,
    "EmailConfirmedAt" TEXT NULL,
    "PasswordHash" TEXT NULL,
    "ResumeCodeHash" TEXT NULL,
    "LinkTokenHash" TEXT NULL,
    "LinkTokenExpiresAt" TEXT NULL,
    "SecurityStamp" TEXT NOT NULL,
    "FailedSignIns" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_Organisations_Email" ON "Organisations" ("Email");

CREATE UNIQUE INDEX "IX_Organisations_LinkTokenHash" ON "Organisations" ("LinkTokenHash");

CREATE UNIQUE INDEX "IX_Organisations_ResumeCodeHash" ON "Organisations" ("ResumeCodeHash");

CREATE TABLE "SelfCheckResults" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SelfCheckResults" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "QuestionSetVersion" TEXT NOT NULL,
    "Answers" TEXT NOT NULL,
    "Score" INTEGER NOT NULL,
    "Industry" TEXT NOT NULL,
    "SizeBand" INTEGER NOT NULL,
    "TakenAt" TEXT NOT NULL,
    CONSTRAINT "FK_SelfCheckResults_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_SelfCheckResults_OrganisationId_TakenAt" ON "SelfCheckResults" ("OrganisationId", "TakenAt");

CREATE TABLE "SelfCheckDrafts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SelfCheckDrafts" PRIMARY KEY AUTOINCREMENT,
    "TokenHash" TEXT NOT NULL,
    "OrganisationId" INTEGER NULL,
    "QuestionSetVersion" TEXT NOT NULL,
    "Answers" TEXT NOT NULL,
    "Industry" TEXT NULL,
    "SizeBand" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_SelfCheckDrafts_OrganisationId" ON "SelfCheckDrafts" ("OrganisationId");

CREATE UNIQUE INDEX "IX_SelfCheckDrafts_TokenHash" ON "SelfCheckDrafts" ("TokenHash");

CREATE INDEX "IX_SelfCheckDrafts_UpdatedAt" ON "SelfCheckDrafts" ("UpdatedAt");

CREATE TABLE "PeerScoreCounts" (
    "Version" TEXT NOT NULL,
    "Industry" TEXT NOT NULL,
    "SizeBand" INTEGER NOT NULL,
    "Score" INTEGER NOT NULL,
    "Results" INTEGER NOT NULL,
    CONSTRAINT "PK_PeerScoreCounts" PRIMARY KEY ("Version", "Industry", "SizeBand", "Score")
);

CREATE TABLE "PeerDoneCounts" (
    "Version" TEXT NOT NULL,
    "Industry" TEXT NOT NULL,
    "SizeBand" INTEGER NOT NULL,
    "Question" INTEGER NOT NULL,
    "Done" INTEGER NOT NULL,
    CONSTRAINT "PK_PeerDoneCounts" PRIMARY KEY ("Version", "Industry", "SizeBand", "Question")
);

CREATE TABLE "Declarations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Declarations" PRIMARY KEY AUTOINCREMENT,
    "PublicId" TEXT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "Level" INTEGER NOT NULL,
    "State" INTEGER NOT NULL,
    "ApplicantKind" INTEGER NOT NULL,
    "CorporateNumber" TEXT NULL,
    "Name" TEXT NOT NULL,
    "NameKana" TEXT NOT NULL,
    "SearchText" TEXT NOT NULL,
    "Prefecture" INTEGER NOT NULL,
    "Address" TEXT NOT NULL,
    "Industry" TEXT NOT NULL,
    "Employees" INTEGER NOT NULL,
    "SizeBand" INTEGER NOT NULL,
    "ContactName" TEXT NOT NULL,
    "ContactEmail" TEXT NOT NULL,
    "Purpose" INTEGER NOT NULL,
    "PolicyUrl" TEXT NULL,
    "SelfCheckResultId" INTEGER NULL,
    "Language" TEXT NOT NULL,
    "ConfirmationTokenHash" TEXT NULL,
    "AppliedAt" TEXT NOT NULL,
    "DeclaredAt" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "WithdrawnAt" TEXT NULL,
    "SuspendedAt" TEXT NULL,
    "SuspensionReason" TEXT NULL,
    CONSTRAINT "FK_Declarations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Declarations_ConfirmationTokenHash" ON "Declarations" ("ConfirmationTokenHash");

CREATE INDEX "IX_Declarations_CorporateNumber" ON "Declarations" ("CorporateNumber");

CREATE INDEX "IX_Declarations_OrganisationId" ON "Declarations" ("OrganisationId");

CREATE UNIQUE INDEX "IX_Declarations_PublicId" ON "Declarations" ("PublicId");

CREATE INDEX "IX_Declarations_State_DeclaredAt" ON "Declarations" ("State", "DeclaredAt");

CREATE INDEX "IX_Declarations_State_Prefecture" ON "Declarations" ("State", "Prefecture");

CREATE TABLE "DeclarationEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeclarationEvents" PRIMARY KEY AUTOINCREMENT,
    "DeclarationId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Detail" TEXT NOT NULL,
    CONSTRAINT "FK_DeclarationEvents_Declarations_DeclarationId" FOREIGN KEY ("DeclarationId") REFERENCES "Declarations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DeclarationEvents_DeclarationId_At" ON "DeclarationEvents" ("DeclarationId", "At");

CREATE TABLE "BasicPolicyRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BasicPolicyRevisions" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "OrganisationName" TEXT NOT NULL,
    "RepresentativeTitle" TEXT NOT NULL,
    "RepresentativeName" TEXT NOT NULL,
    "EstablishedOn" TEXT NOT NULL,
    "Scope" INTEGER NOT NULL,
    "ScopeDetail" TEXT NULL,
    "ResponsibleTitle" TEXT NOT NULL,
    "ReviewCycle" INTEGER NOT NULL,
    "Training" INTEGER NOT NULL,
    "IncludePartners" INTEGER NOT NULL,
    "PublishedUrl" TEXT NULL,
    "SavedAt" TEXT NOT NULL,
    CONSTRAINT "FK_BasicPolicyRevisions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_BasicPolicyRevisions_OrganisationId_Revision" ON "BasicPolicyRevisions" ("OrganisationId", "Revision");
