-- Owned by the platform module: the audit trail is filtered by person (the actor's name as recorded) and by
-- date range, newest first (issue 9).
create index audit_log_actor_name on audit_log (actor, at desc);
