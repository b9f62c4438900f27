-- 0002: the audit trail is append-only; the database itself refuses to change or delete an entry.
CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
