-- Owned by the intel module. The superseded flag of V7 is kept by the batch writer (Batches.markSuperseded),
-- which knows from the look-up it does anyway which objects gain a second version: the statement trigger
-- probed every row of every batch, which cost ingestion a quarter of its rate on a table of new objects.
drop trigger intel_objects_superseded on intel_objects;
drop function intel_objects_mark_superseded();
