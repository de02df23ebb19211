-- Owned by the intel module: what the dashboard reads (issue 9).
-- The dashboard lists recent imports whose objects the reader may see: found by import here.
create index intel_objects_import on intel_objects (import_id);
