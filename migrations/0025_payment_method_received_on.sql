-- Issue 14 "money first": how a payment was made and the day the money arrived. Both are set on payments
-- (`payment_reported`, `payment_received`) posted from now on; notes and older payments keep NULL (the UI then
-- shows the day the entry was posted). `method` is one of worker/domain.ts PAYMENT_METHODS; `received_on`
-- an ISO date (YYYY-MM-DD) in the org's time zone, never after its today (422 `received_in_future`).
ALTER TABLE `activities` ADD `method` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `received_on` text;
