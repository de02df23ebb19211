-- Owned by the intel module: makes "the latest version" cheap to list.
-- Listing the latest versions (TAXII's default, match[version]=last) probed, for every row on a page, whether
-- a newer version the reader may see exists: one random look-up in intel_objects_id per row, the largest
-- share of a page's cost once the table outgrows memory. Most objects have one version only. "superseded"
-- says that a newer version of the row exists at all, whoever may see it; a row without one is the latest
-- for every reader that may see it, so the probe is needed only when it is set.
--
-- It may be set when no newer version remains (one was deleted): that only costs the probe, the answer
-- stays right. It must never be unset while a newer version exists, which the trigger below ensures for
-- every insert, in whichever order versions arrive. (Two imports committing different versions of one
-- object at the same moment cannot see each other's rows and may leave both unmarked, as they would get
-- past each other's revocation check; the next version of that object to arrive marks them again.)
alter table intel_objects add column superseded boolean not null default false;

update intel_objects o set superseded = true
from (select id from intel_objects group by id having count(*) > 1) multi
where o.id = multi.id
  and exists (select 1 from intel_objects n where n.id = o.id and n.modified_at > o.modified_at);

create function intel_objects_mark_superseded() returns trigger language plpgsql as $$
begin
    update intel_objects o set superseded = true
    from (select distinct id from inserted) i
    where o.id = i.id and not o.superseded
      and exists (select 1 from intel_objects n where n.id = o.id and n.modified_at > o.modified_at);
    return null;
end
$$;

create trigger intel_objects_superseded after insert on intel_objects
    referencing new table as inserted for each statement execute function intel_objects_mark_superseded();
