-- Up Migration
-- Schema version 2: every statement that stores queue events tells every
-- server process listening on the channel "mpp_events" (LISTEN/NOTIFY), so a
-- call made on one instance reaches the live streams of all. PostgreSQL sends
-- a notification when the transaction commits, and only then; notifications
-- of one transaction with the same payload are sent once. The payload is
-- empty: a listener reads the event log after the last id it published.

CREATE FUNCTION mpp_notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('mpp_events', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER events_notify AFTER INSERT ON events
  FOR EACH STATEMENT EXECUTE FUNCTION mpp_notify_events();

