-- The language a visitor chose at the kiosk (id, en or jv), kept with what they leave behind, so that the
-- e-mails that follow (an answer, a seat offer, a reminder, a deletion's outcome) are in that language.
-- Rows from before have none and get Indonesian, the kiosk's default.
ALTER TABLE question ADD COLUMN visitor_language VARCHAR(5);
ALTER TABLE registration ADD COLUMN visitor_language VARCHAR(5);
ALTER TABLE data_request ADD COLUMN visitor_language VARCHAR(5);
