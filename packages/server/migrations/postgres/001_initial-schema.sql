-- Up Migration
-- The PostgresStore schema, version 1: the same tables and constraints as the
-- SQLite schema at its version 3 (packages/server/src/node/sqlite-schema.ts).
-- Released migrations never change; a new version adds a file.
--
-- Text that is sorted or compared by range (ids, queue keys, days, slots) uses
-- the "C" collation: byte order, as the Store contract says, whatever locale
-- the database was created with.

-- One row: a second seed breaks the primary key.
CREATE TABLE site (
  id integer CONSTRAINT site_pkey PRIMARY KEY CHECK (id = 1),
  site json NOT NULL,
  settings json NOT NULL
);

CREATE TABLE agencies (
  id text PRIMARY KEY,
  position integer NOT NULL UNIQUE,
  data json NOT NULL
);

CREATE TABLE services (
  id text PRIMARY KEY,
  position integer NOT NULL UNIQUE,
  agency_id text NOT NULL REFERENCES agencies (id),
  data json NOT NULL
);

-- The seed's part in data; the live state in columns.
CREATE TABLE counters (
  id text PRIMARY KEY,
  position integer NOT NULL UNIQUE,
  agency_id text NOT NULL REFERENCES agencies (id),
  data json NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'paused', 'closed')),
  current_ticket_id text
);

CREATE TABLE sequences (
  service_id text NOT NULL REFERENCES services (id),
  local_date text COLLATE "C" NOT NULL CHECK (local_date ~ '^\d{4}-\d{2}-\d{2}$'),
  last_sequence integer NOT NULL CHECK (last_sequence >= 0),
  PRIMARY KEY (service_id, local_date)
);

CREATE TABLE tickets (
  id text COLLATE "C" CONSTRAINT tickets_pkey PRIMARY KEY,
  service_id text NOT NULL REFERENCES services (id),
  local_date text COLLATE "C" NOT NULL CHECK (local_date ~ '^\d{4}-\d{2}-\d{2}$'),
  sequence integer NOT NULL CHECK (sequence >= 1),
  number text NOT NULL,
  status text NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'skipped', 'cancelled')),
  priority boolean NOT NULL,
  booking_code text,
  queue_key text COLLATE "C" NOT NULL,
  issued_at text NOT NULL,
  called_at text,
  counter_id text REFERENCES counters (id),
  recalls integer NOT NULL CHECK (recalls >= 0),
  finished_at text,
  -- Unique daily numbers per service.
  CONSTRAINT tickets_number_key UNIQUE (service_id, local_date, sequence)
);
-- Waiting counts, positions and call-next: a day's line of a service by status, in queue order.
CREATE INDEX tickets_line ON tickets (local_date, service_id, status, queue_key, priority);

CREATE TABLE bookings (
  code text COLLATE "C" CONSTRAINT bookings_pkey PRIMARY KEY,
  secret_hash text NOT NULL,
  service_id text NOT NULL REFERENCES services (id),
  slot_start text COLLATE "C" NOT NULL,
  slot_end text NOT NULL,
  local_date text COLLATE "C" NOT NULL CHECK (local_date ~ '^\d{4}-\d{2}-\d{2}$'),
  status text NOT NULL CHECK (status IN ('confirmed', 'checked-in', 'cancelled', 'completed', 'no-show')),
  nik_hash text NOT NULL,
  applicant_cipher text NOT NULL,
  applicant_name text NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  ticket_id text REFERENCES tickets (id),
  -- Set when the applicant's NIK hash, encrypted copy and masked name were emptied (UU PDP).
  erased_at text
);
-- One active booking per NIK per service per day (the active statuses are ACTIVE_BOOKING_STATUSES);
-- erased bookings all have an empty NIK hash and must not clash with each other.
CREATE UNIQUE INDEX bookings_active_nik ON bookings (nik_hash, service_id, local_date)
  WHERE status IN ('confirmed', 'checked-in') AND erased_at IS NULL;
CREATE INDEX bookings_slot ON bookings (service_id, slot_start);
CREATE INDEX bookings_day ON bookings (service_id, local_date);
CREATE INDEX bookings_nik ON bookings (nik_hash);
-- The daily erasure looks for bookings still holding personal data, by day.
CREATE INDEX bookings_kept ON bookings (local_date) WHERE erased_at IS NULL;

-- A ticket issued for a booking, and a booking's ticket, refer to each other.
ALTER TABLE tickets ADD CONSTRAINT tickets_booking_code_fkey FOREIGN KEY (booking_code) REFERENCES bookings (code);

-- No slot beyond its online capacity (the service's booking configuration in the seed).
-- The engine checks this before it writes; the trigger makes it hold for every writer.
-- Bookings whose applicant was erased (their slot long past) do not count, as in bookings_active_nik.
CREATE FUNCTION bookings_check_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  capacity integer;
  taken integer;
BEGIN
  IF NEW.status NOT IN ('confirmed', 'checked-in') OR NEW.erased_at IS NOT NULL THEN
    RETURN NULL;
  END IF;
  -- Locks the service's row: two writers of one service's bookings take turns, and the
  -- count below (a new snapshot in READ COMMITTED) sees the other's committed booking.
  SELECT (data -> 'booking' ->> 'onlineCapacity')::integer INTO capacity
    FROM services WHERE id = NEW.service_id FOR NO KEY UPDATE;
  SELECT count(*) INTO taken FROM bookings
    WHERE service_id = NEW.service_id AND slot_start = NEW.slot_start
      AND status IN ('confirmed', 'checked-in') AND erased_at IS NULL;
  IF taken > coalesce(capacity, 0) THEN
    RAISE EXCEPTION 'slot % of service % is full (% places online)', NEW.slot_start, NEW.service_id, coalesce(capacity, 0)
      USING ERRCODE = 'check_violation', CONSTRAINT = 'bookings_slot_capacity', TABLE = 'bookings';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER bookings_slot_capacity
  AFTER INSERT OR UPDATE OF status, service_id, slot_start, erased_at ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_check_capacity();

CREATE TABLE idempotency (
  scope text NOT NULL,
  idempotency_key text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL CHECK (status BETWEEN 100 AND 599),
  body text NOT NULL,
  created_at_ms bigint NOT NULL,
  CONSTRAINT idempotency_pkey PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_created ON idempotency (created_at_ms);

-- The greatest event id ever assigned, in one row updated in the writing transaction: unlike a
-- sequence, a rolled-back event gives its id back, and the row lock makes ids commit in order.
CREATE TABLE event_ids (
  id integer PRIMARY KEY CHECK (id = 1),
  last_id bigint NOT NULL CHECK (last_id >= 0)
);
INSERT INTO event_ids (id, last_id) VALUES (1, 0);

CREATE TABLE events (
  id bigint PRIMARY KEY CHECK (id >= 1),
  type text NOT NULL,
  at_ms bigint NOT NULL,
  data json NOT NULL
);
-- Pruning finds the first event at or after a time.
CREATE INDEX events_at ON events (at_ms);

CREATE TABLE service_times (
  service_id text NOT NULL REFERENCES services (id),
  local_date text COLLATE "C" NOT NULL CHECK (local_date ~ '^\d{4}-\d{2}-\d{2}$'),
  count integer NOT NULL CHECK (count >= 0),
  total_seconds double precision NOT NULL CHECK (total_seconds >= 0),
  PRIMARY KEY (service_id, local_date)
);

-- The seed's monthly visitors per agency from before mpp-kit, written with the seed.
CREATE TABLE history (
  agency_id text PRIMARY KEY REFERENCES agencies (id),
  position integer NOT NULL UNIQUE,
  first_month text NOT NULL CHECK (first_month ~ '^\d{4}-[01]\d$'),
  monthly_visitors json NOT NULL CHECK (json_typeof(monthly_visitors) = 'array')
);

-- One code per completed ticket: the only link between a visit and the survey.
CREATE TABLE survey_invitations (
  code text CONSTRAINT survey_invitations_pkey PRIMARY KEY,
  ticket_id text NOT NULL CONSTRAINT survey_invitations_ticket_key UNIQUE REFERENCES tickets (id),
  service_id text NOT NULL REFERENCES services (id),
  local_date text COLLATE "C" NOT NULL CHECK (local_date ~ '^\d{4}-\d{2}-\d{2}$'),
  expires_at text NOT NULL,
  answered_at text
);

-- Responses hold no code, ticket or time of day, so none can be traced back to a visit.
-- One column per element of SURVEY_ELEMENTS, in its order, each on the 1-4 scale.
CREATE TABLE survey_responses (
  id text COLLATE "C" CONSTRAINT survey_responses_pkey PRIMARY KEY,
  service_id text NOT NULL REFERENCES services (id),
  agency_id text NOT NULL REFERENCES agencies (id),
  local_date text COLLATE "C" NOT NULL CHECK (local_date ~ '^\d{4}-\d{2}-\d{2}$'),
  requirements smallint NOT NULL CHECK (requirements BETWEEN 1 AND 4),
  procedure smallint NOT NULL CHECK (procedure BETWEEN 1 AND 4),
  time smallint NOT NULL CHECK (time BETWEEN 1 AND 4),
  cost smallint NOT NULL CHECK (cost BETWEEN 1 AND 4),
  product smallint NOT NULL CHECK (product BETWEEN 1 AND 4),
  competence smallint NOT NULL CHECK (competence BETWEEN 1 AND 4),
  conduct smallint NOT NULL CHECK (conduct BETWEEN 1 AND 4),
  complaints smallint NOT NULL CHECK (complaints BETWEEN 1 AND 4),
  facilities smallint NOT NULL CHECK (facilities BETWEEN 1 AND 4),
  age_group text,
  sex text,
  education text,
  occupation text,
  suggestion text
);
CREATE INDEX survey_responses_day ON survey_responses (local_date, service_id);
-- Suggestions are read newest first.
CREATE INDEX survey_suggestions ON survey_responses (local_date DESC, id DESC) WHERE suggestion IS NOT NULL;
