-- Module advisory: an alert whose advisory was withdrawn is closed by the withdrawal (acknowledged_at set, by nobody),
-- and says so, rather than staying open for an advisory that no longer stands (issue 11).
alter table advisory_alerts add column withdrawn_at timestamptz;
