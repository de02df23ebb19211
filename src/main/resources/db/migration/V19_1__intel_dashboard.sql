-- Owned by the intel module: what the dashboard reads (issue 9), and an import's level for unmarked objects.
-- The dashboard lists recent imports whose objects the reader may see: found by import here.
create index intel_objects_import on intel_objects (import_id);
-- The level of the import's objects that carry no TLP marking (Publication.unmarked); null: sipar.intel.default-tlp.
alter table intel_imports add column unmarked_tlp text
    check (unmarked_tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'));
