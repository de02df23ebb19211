-- Owned by the intel module (issue 9): search finds what analysts type. Besides names, descriptions and
-- observable values (V5_1), the search vector now holds aliases (STIX and ATT&CK's x_mitre_aliases), the
-- external ids of external references (T0807, G0034, CVE-2024-3400) and an indicator's pattern, whose
-- addresses, domains and hashes the parser keeps as words. Objects with none of these still get no vector.
alter table intel_objects alter column search set expression as (
    case when object ?| array['name', 'description', 'value', 'aliases', 'x_mitre_aliases', 'pattern']
              or jsonb_path_exists(object, '$.external_references[*].external_id')
         then to_tsvector('simple',
            coalesce(object ->> 'name', '') || ' ' || coalesce(object ->> 'description', '') || ' ' ||
            coalesce(object ->> 'value', '') || ' ' ||
            coalesce(jsonb_path_query_array(object, '$.aliases[*]')::text, '') || ' ' ||
            coalesce(jsonb_path_query_array(object, '$.x_mitre_aliases[*]')::text, '') || ' ' ||
            coalesce(jsonb_path_query_array(object, '$.external_references[*].external_id')::text, '') || ' ' ||
            coalesce(object ->> 'pattern', '')) end);
