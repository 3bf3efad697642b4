-- Issue 13 §4: a property's own time zone (IANA id, checked against Intl's supported values by the API), for
-- the apartment's dates and times wherever they are shown or computed (rent due dates, the renter's home,
-- maintenance visits, lease dates, the reminders' "today"). Null: the org's time zone (worker/portfolio/zone.ts).
ALTER TABLE `properties` ADD `timezone` text;
