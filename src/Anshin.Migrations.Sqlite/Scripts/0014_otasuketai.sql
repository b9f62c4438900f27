-- お助け隊 service registry (issue 8): providers (an organisation account with a profile), their service applications
-- with the last check against the standard, the history of every step, reviewers' comments per requirement, and the
-- versions of the standard's rules.

CREATE TABLE "OtasuketaiStandardVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OtasuketaiStandardVersions" PRIMARY KEY AUTOINCREMENT,
    "Version" TEXT NOT NULL,
    "Rules" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "OtasuketaiProviders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OtasuketaiProviders" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NULL,
    "CorporateNumber" TEXT NOT NULL,
    "Prefecture" INTEGER NOT NULL,
    "Address" TEXT NOT NULL,
    "Website" TEXT NOT NULL,
    "ContactName" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_OtasuketaiProviders_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OtasuketaiServices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OtasuketaiServices" PRIMARY KEY AUTOINCREMENT,
    "ProviderId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NULL,
    "Description" TEXT NOT NULL,
    "DescriptionEn" TEXT NULL,
    "Type" INTEGER NOT NULL,
    "Category" INTEGER NOT NULL,
    "BaseMonthly" INTEGER NULL,
    "PerSiteMonthly" INTEGER NULL,
    "PerDeviceMonthly" INTEGER NULL,
    "MinimumDevices" INTEGER NULL,
    "InitialFee" INTEGER NULL,
    "Options" TEXT NULL,
    "Nationwide" INTEGER NOT NULL,
    "Prefectures" TEXT NOT NULL,
    "DeskChannels" INTEGER NOT NULL,
    "DeskHours" TEXT NULL,
    "MonitorsNetwork" INTEGER NOT NULL,
    "MonitorsEndpoints" INTEGER NOT NULL,
    "Monitoring24Hours" INTEGER NOT NULL,
    "MonitoringScope" TEXT NULL,
    "Notification" INTEGER NOT NULL,
    "OnSiteSupport" INTEGER NOT NULL,
    "OnSiteNationwide" INTEGER NOT NULL,
    "OnSitePrefectures" TEXT NOT NULL,
    "OnSiteResponseHours" INTEGER NULL,
    "HasInsurance" INTEGER NOT NULL,
    "Insurer" TEXT NULL,
    "InsuranceCoversFirstResponse" INTEGER NOT NULL,
    "InsuranceCoverage" TEXT NULL,
    "InsuranceLimit" INTEGER NULL,
    "InsuranceUserCost" INTEGER NULL,
    "SetupByProvider" INTEGER NOT NULL,
    "DeploymentDescription" TEXT NULL,
    "SuppliesNetworkDevice" INTEGER NOT NULL,
    "SupportsServers" INTEGER NOT NULL,
    "Category1Since" TEXT NULL,
    "RegularConsulting" INTEGER NOT NULL,
    "EntryMonthly" INTEGER NULL,
    "CheckVersion" TEXT NULL,
    "CheckOutcome" INTEGER NULL,
    "CheckResult" TEXT NULL,
    "CheckedAt" TEXT NULL,
    "Round" INTEGER NOT NULL,
    "SubmittedAt" TEXT NULL,
    "RegistrationNumber" TEXT NULL,
    "RegisteredAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_OtasuketaiServices_OtasuketaiProviders_ProviderId" FOREIGN KEY ("ProviderId") REFERENCES "OtasuketaiProviders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OtasuketaiServiceEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OtasuketaiServiceEvents" PRIMARY KEY AUTOINCREMENT,
    "ServiceId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "FromStatus" INTEGER NULL,
    "ToStatus" INTEGER NULL,
    "StaffUserId" TEXT NULL,
    "StaffName" TEXT NULL,
    "Comment" TEXT NULL,
    "CheckVersion" TEXT NULL,
    "CheckOutcome" INTEGER NULL,
    CONSTRAINT "FK_OtasuketaiServiceEvents_OtasuketaiServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "OtasuketaiServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OtasuketaiReviewComments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OtasuketaiReviewComments" PRIMARY KEY AUTOINCREMENT,
    "ServiceId" INTEGER NOT NULL,
    "EventId" INTEGER NOT NULL,
    "RequirementCode" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_OtasuketaiReviewComments_OtasuketaiServiceEvents_EventId" FOREIGN KEY ("EventId") REFERENCES "OtasuketaiServiceEvents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OtasuketaiReviewComments_OtasuketaiServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "OtasuketaiServices" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_OtasuketaiProviders_CorporateNumber" ON "OtasuketaiProviders" ("CorporateNumber");

CREATE UNIQUE INDEX "IX_OtasuketaiProviders_OrganisationId" ON "OtasuketaiProviders" ("OrganisationId");

CREATE INDEX "IX_OtasuketaiReviewComments_EventId" ON "OtasuketaiReviewComments" ("EventId");

CREATE INDEX "IX_OtasuketaiReviewComments_ServiceId_EventId" ON "OtasuketaiReviewComments" ("ServiceId", "EventId");

CREATE INDEX "IX_OtasuketaiServiceEvents_ServiceId_At" ON "OtasuketaiServiceEvents" ("ServiceId", "At");

CREATE INDEX "IX_OtasuketaiServices_ProviderId_UpdatedAt" ON "OtasuketaiServices" ("ProviderId", "UpdatedAt");

CREATE UNIQUE INDEX "IX_OtasuketaiServices_RegistrationNumber" ON "OtasuketaiServices" ("RegistrationNumber");

CREATE INDEX "IX_OtasuketaiServices_Status_SubmittedAt" ON "OtasuketaiServices" ("Status", "SubmittedAt");

CREATE UNIQUE INDEX "IX_OtasuketaiStandardVersions_Version" ON "OtasuketaiStandardVersions" ("Version");

