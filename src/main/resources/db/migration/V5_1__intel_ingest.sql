-- Ingestion speed (issue 3). Objects with nothing to search for (relationships, most observables) get no
-- search vector at all, and the full-text index covers only the rows that have one: a GIN index otherwise
-- files an "empty" entry for every row, which cost as much as a real one. Searches (search @@ query) imply
-- search is not null, so the planner still uses the index for them.
alter table intel_objects alter column search set expression as (
    case when object ?| array['name', 'description', 'value'] then to_tsvector('simple',
        coalesce(object ->> 'name', '') || ' ' || coalesce(object ->> 'description', '') || ' ' ||
        coalesce(object ->> 'value', '')) end);
drop index intel_objects_search;
create index intel_objects_search on intel_objects using gin (search) where search is not null;

-- Every new row costs a random insert into each index on its id; the unique (id, modified) index already
-- finds all versions of an id, which is all the version checks (first, last, revoked) look up by.
drop index intel_objects_id;
