-- 0001: the foundation schema (staff accounts, audit trail, calendar, settings, API clients, rate limits, data-protection keys).
-- Written from 'schema-script' output; never edit after release, add a new script instead (docs/decisions/0002).

CREATE TABLE "ApiClients" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiClients" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "TokenPrefix" TEXT NOT NULL,
    "Scopes" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL
);


CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "MustChangePassword" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastSignInAt" TEXT NULL,
    "LastTotpStep" INTEGER NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "OccurredAt" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "ActorName" TEXT NULL,
    "Action" TEXT NOT NULL,
    "Target" TEXT NULL,
    "Succeeded" INTEGER NOT NULL,
    "IpAddress" TEXT NULL,
    "Detail" TEXT NULL
);


CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NOT NULL,
    "Xml" TEXT NOT NULL
);


CREATE TABLE "DeskClosedDays" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeskClosedDays" PRIMARY KEY AUTOINCREMENT,
    "Date" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "ImportedHolidays" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportedHolidays" PRIMARY KEY AUTOINCREMENT,
    "Date" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL
);


CREATE TABLE "RateLimitWindows" (
    "Key" TEXT NOT NULL,
    "WindowStart" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_RateLimitWindows" PRIMARY KEY ("Key", "WindowStart")
);


CREATE TABLE "SiteSettings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_SiteSettings" PRIMARY KEY,
    "Value" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_ApiClients_TokenHash" ON "ApiClients" ("TokenHash");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_Action_OccurredAt" ON "AuditEntries" ("Action", "OccurredAt");


CREATE INDEX "IX_AuditEntries_ActorId_OccurredAt" ON "AuditEntries" ("ActorId", "OccurredAt");


CREATE INDEX "IX_AuditEntries_OccurredAt" ON "AuditEntries" ("OccurredAt");


CREATE UNIQUE INDEX "IX_DeskClosedDays_Date" ON "DeskClosedDays" ("Date");


CREATE UNIQUE INDEX "IX_ImportedHolidays_Date" ON "ImportedHolidays" ("Date");


CREATE INDEX "IX_RateLimitWindows_WindowStart" ON "RateLimitWindows" ("WindowStart");



