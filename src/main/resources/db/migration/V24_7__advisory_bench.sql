-- Owned by advisory: an advisory's page finds its documents by tracking id in any case (upper(tracking_id) = upper(?));
-- without this index every uncached page read scans all published documents (milliseconds with 10,000 advisories).
create index advisory_documents_tracking on advisory_documents (upper(tracking_id));
