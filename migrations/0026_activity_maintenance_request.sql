-- Issue 15 §3: each maintenance step (reported, triaged, scheduled, started, resolved, closed, cancelled,
-- reopened) is also an entry of the apartment's feed, written in the batch of the transition. The entry names
-- its request so the feed links to it; its `description` holds the step's facts as JSON (worker/rooms/contract.ts
-- `maintenanceFeedFacts`), never an English sentence. Null for every other entry and for existing rows.
ALTER TABLE `activities` ADD `maintenance_request_id` text;
