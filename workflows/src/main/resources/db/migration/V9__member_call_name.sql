-- The name a member is called by on public screens (nama panggilan), set by staff or imported; when null the
-- screens take it from the full name (CallName). Registrations also keep guests' phone numbers in E.164 form
-- from now on (V10__GuestContactsInOneForm brings older rows into that form).
ALTER TABLE member ADD COLUMN call_name VARCHAR(40) NULL;
