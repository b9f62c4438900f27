-- 0002: the audit trail is append-only; the database itself refuses to change or delete an entry.
CREATE FUNCTION anshin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END
$$;

CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE OR DELETE ON "AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION anshin_audit_append_only();
