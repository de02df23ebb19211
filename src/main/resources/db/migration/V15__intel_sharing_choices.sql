-- Owned by the intel module (issue 9): sharing decided where people work.
--
-- unmarked_tlp: the TLP level an import gives objects that carry no TLP marking of their own, as its publisher
-- chose it (null: sipar.intel.default-tlp, as before), kept so that a queued import resumed after a restart
-- applies the same choice.
alter table intel_imports add column unmarked_tlp text
    check (unmarked_tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'));

-- redistribution: the write changed the distribution of versions already held (their publisher widened or
-- narrowed it) rather than adding or deleting versions. Such a write moves the versions' rows to itself (so they
-- take its position and date_added, and appear anew to every reader who may see them now, TAXII followers
-- among them) and leaves a tombstone of each with its former distribution, told only to the readers who could
-- see the version before and no longer can. See ChangeLog in intel.internal.storage.
alter table intel_writes add column redistribution boolean not null default false;
