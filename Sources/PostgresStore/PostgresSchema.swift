import Logging
import PostgresNIO

/// The central database's tables, built by numbered migrations recorded in `schema_migrations`.
///
/// A migration runs once, in its own transaction, and only ever adds: running `ariane migrate`
/// twice changes nothing, and no migration deletes or changes a value an earlier one stored. A
/// database whose highest version is above ``version`` belongs to a newer Ariane and is refused.
///
/// The event table is flat (every field as text, one row per event, with its session's number and
/// the ids of its context and happening), unlike SQLite's normalised shape: an append is then one
/// `COPY`, and a report reads one index of one table, with no join and no sort.
/// PostgreSQL compresses nothing in a row, so this costs disk (about 150 bytes an event), which is
/// the cheaper resource on a central server. See ``PostgresEventStore``.
public enum PostgresSchema {
    /// The schema version this build reads and writes.
    public static var version: Int { migrations.count }

    /// Each migration's name and statements, in order; version N is the N-th.
    static let migrations: [(name: String, statements: [String])] = [
        ("event log, sessions, site intake and registry", createTables),
        ("console accounts, saved sessions and notes", createAccountTables),
        ("recordings made at the console", createRecordingTable),
        // The worker's own words for a saved session ("Mme B., mardi"): deleted with its row, read by no report.
        ("saved session labels", ["ALTER TABLE saved_session ADD COLUMN label text"]),
        ("directory of places and proposals", createDirectoryTables),
        ("sessions numbered in arrival order, events in report order", numberSessions),
        ("events' contexts and happenings as ids", codeEvents),
    ]

    /// Sessions numbered in the order their first event arrived, each event carrying its session's
    /// number, and one index in the order a report reads: session, time, arrival. A report then reads
    /// that index as it stands, where it used to join the 32-character session key to the session
    /// table and sort every row (a sort that spilled to disk past a million events).
    ///
    /// The store numbers sessions itself, from the sequence (see `SessionNumbers`); the statement
    /// trigger now records each new session with the number its events carry, and gives a session
    /// numbered earlier its first number back. The index on the text key, which only a purge read,
    /// goes. Existing sessions are numbered by `first_seq`, existing events get their session's
    /// number: nothing stored is lost. `first_seq` stays for the sessions that have it.
    private static let numberSessions = [
        "CREATE SEQUENCE session_number",
        "ALTER TABLE session ADD COLUMN number bigint",
        """
        UPDATE session SET number = ordered.number
        FROM (SELECT key, row_number() OVER (ORDER BY first_seq) AS number FROM session) ordered
        WHERE ordered.key = session.key
        """,
        "SELECT setval('session_number', (SELECT count(*) + 1 FROM session), false)",
        "ALTER TABLE session ALTER COLUMN number SET NOT NULL, ALTER COLUMN first_seq DROP NOT NULL",
        "CREATE UNIQUE INDEX session_by_number ON session (number)",
        "ALTER TABLE event ADD COLUMN session_number bigint",
        "UPDATE event SET session_number = s.number FROM session s WHERE s.key = event.session",
        "ALTER TABLE event ALTER COLUMN session_number SET NOT NULL",
        "DROP INDEX event_by_session",
        "CREATE INDEX event_in_report_order ON event (session_number, time, seq)",
        // Run by the trigger made in migration 1, once per COPY, over its rows. A session that had a
        // number already keeps it: the rows just copied with another are given it.
        """
        CREATE OR REPLACE FUNCTION ariane_note_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            renumbered record;
        BEGIN
            INSERT INTO session (key, number)
            SELECT session, min(session_number) FROM appended GROUP BY session
            ON CONFLICT (key) DO NOTHING;
            -- One update per session renumbered (rare), each by the index on the number. Each session's
            -- number is looked up by its key (a join could scan the whole session table every COPY).
            FOR renumbered IN
                SELECT * FROM (
                    SELECT a.session AS key, a.session_number AS given,
                        (SELECT s.number FROM session s WHERE s.key = a.session) AS kept
                    FROM (SELECT DISTINCT session, session_number FROM appended) a) numbered
                WHERE numbered.kept <> numbered.given
            LOOP
                UPDATE event SET session_number = renumbered.kept
                WHERE session_number = renumbered.given AND session = renumbered.key;
            END LOOP;
            RETURN NULL;
        END
        $$
        """,
    ]

    /// The map of local actors (``PostgresDirectoryStore``): each place one JSON document beside the
    /// columns it is looked up by, as in a site's `directory.sqlite`; proposals with who, when and
    /// the value replaced; one revision counter every write moves, which kiosks poll.
    private static let createDirectoryTables = [
        "CREATE TABLE directory_place (id text PRIMARY KEY, feed text NOT NULL, retired text, body text NOT NULL)",
        "CREATE INDEX directory_place_by_feed ON directory_place (feed)",
        """
        CREATE TABLE directory_change (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            place_id text NOT NULL,
            kind text NOT NULL,
            proposed text NOT NULL,
            previous text,
            proposed_by text NOT NULL,
            proposed_at text NOT NULL,
            decision text,
            decided_by text,
            decided_at text
        )
        """,
        "CREATE INDEX directory_change_by_place ON directory_change (place_id)",
        "CREATE TABLE directory_revision (value bigint NOT NULL)",
        "INSERT INTO directory_revision (value) VALUES (0)",
    ]

    private static let createTables = [
        """
        CREATE SEQUENCE event_seq
        """,
        // `seq` is the arrival order (events of the same millisecond keep it); the month partitions
        // are created by the store before an append needs them (see MonthPartition).
        """
        CREATE TABLE event (
            time bigint NOT NULL,
            seq bigint NOT NULL DEFAULT nextval('event_seq'),
            session text NOT NULL,
            procedure text NOT NULL,
            procedure_version text NOT NULL,
            step text,
            kind text NOT NULL,
            channel text NOT NULL,
            site text,
            terminal text,
            locale text NOT NULL,
            value text,
            reason text,
            count integer
        ) PARTITION BY RANGE (time)
        """,
        "CREATE INDEX event_by_session ON event (session, time, seq)",
        // Sessions in the order their first event arrived: reports list sessions in that order.
        "CREATE TABLE session (key text PRIMARY KEY, first_seq bigint NOT NULL)",
        """
        CREATE FUNCTION ariane_note_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO session (key, first_seq)
            SELECT session, min(seq) FROM appended GROUP BY session
            ON CONFLICT (key) DO NOTHING;
            RETURN NULL;
        END
        $$
        """,
        // Statement-level, over the rows of the whole COPY: one insert per append, not per event.
        """
        CREATE TRIGGER event_sessions AFTER INSERT ON event
        REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION ariane_note_sessions()
        """,
        // Events received from sites: each (site, terminal, sequence) once, with the digest of its
        // content to tell a replay from a reused sequence.
        """
        CREATE TABLE site_event (
            site text NOT NULL,
            terminal text NOT NULL,
            sequence bigint NOT NULL,
            digest bytea NOT NULL,
            received_at bigint NOT NULL,
            PRIMARY KEY (site, terminal, sequence)
        )
        """,
        """
        CREATE TABLE site (
            name text PRIMARY KEY,
            key_hash bytea NOT NULL UNIQUE,
            added_at bigint NOT NULL,
            revoked_at bigint
        )
        """,
    ]

    /// The console's own tables (GuideServer's `PostgresAccountStore`): password hashes, residents'
    /// answers in saved sessions and workers' free text, which never reach the event table, its
    /// reports or its exports.
    private static let createAccountTables = [
        """
        CREATE TABLE account (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL,
            role text NOT NULL CHECK (role IN ('worker', 'analyst', 'admin')),
            password_hash text NOT NULL,
            created_at bigint NOT NULL
        )
        """,
        // Names are unique whatever their case, as in the SQLite store.
        "CREATE UNIQUE INDEX account_by_name ON account (lower(name))",
        """
        CREATE TABLE saved_session (
            id text PRIMARY KEY,
            account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            session_id text NOT NULL UNIQUE,
            procedure_id text NOT NULL,
            step_id text,
            saved_at bigint NOT NULL,
            snapshot bytea NOT NULL
        )
        """,
        "CREATE INDEX saved_session_by_account ON saved_session (account_id, saved_at)",
        """
        CREATE TABLE note (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            session_id text NOT NULL,
            category text NOT NULL,
            text text NOT NULL,
            written_at bigint NOT NULL
        )
        """,
        "CREATE INDEX note_by_session ON note (session_id, written_at)",
    ]

    /// Prompts read aloud at the console (GuideServer's `PostgresAccountStore+Recordings`): the speaker's
    /// name and consent stay with the decision even once the account is removed; the sound only while
    /// the submission waits for review.
    private static let createRecordingTable = [
        """
        CREATE TABLE recording (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            locale text NOT NULL,
            item_name text NOT NULL,
            account_id bigint REFERENCES account (id) ON DELETE SET NULL,
            speaker_name text NOT NULL,
            submitted_at bigint NOT NULL,
            consent_version text NOT NULL,
            milliseconds bigint NOT NULL,
            status text NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
            reviewer_name text,
            reviewed_at bigint,
            refusal_reason text,
            audio bytea
        )
        """,
        "CREATE INDEX recording_by_status ON recording (status, submitted_at)",
    ]

    /// Brings the database to `target` (``version`` but in tests of a migration); returns the versions
    /// applied (empty when up to date).
    @discardableResult
    static func migrate(_ connection: PostgresConnection, through target: Int = version, logger: Logger, place: String) async throws -> [Int] {
        return try await connection.withTransaction(logger: logger) { connection in
            // One migrator at a time: `serve` and `ariane migrate` may start together. The lock comes before
            // even the bookkeeping table: two `CREATE TABLE IF NOT EXISTS` at once on a new database collide
            // (duplicate key in pg_type), which stopped one of two central servers started together.
            try await connection.query("SELECT pg_advisory_xact_lock(4152494100)", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied = Set<Int>()
            for try await version in try await connection.query("SELECT version FROM schema_migrations", logger: logger)
                .decode(Int.self)
            {
                applied.insert(version)
            }
            if let found = applied.max(), found > version {
                throw PostgresStoreError(place: place, problem: .newerSchema(found: found, known: version))
            }
            var done: [Int] = []
            for (index, migration) in migrations.prefix(target).enumerated() where !applied.contains(index + 1) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(index + 1), \(migration.name))", logger: logger)
                done.append(index + 1)
            }
            return done
        }
    }
}
