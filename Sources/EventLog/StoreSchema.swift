import GRDB
import ProcedureModel

/// The event log's tables, built by GRDB's migrator; `user_version` is the number of migrations.
///
/// An event row says who, when, where and what, each as a small integer:
/// - `event(session, time, seq, context, happening)`: clustered by `(session, time, seq)` (a
///   `WITHOUT ROWID` table), so reading "grouped by session, in time order" is one forward walk of
///   the table, with no sort and no index. `seq` counts every event ever appended: arrival order,
///   to keep events of the same millisecond in the order they came. Reading a row decodes four
///   columns; that, not Swift, is most of the time of a report.
/// - `session(id, key)`: the random session id, numbered in the order sessions first appear.
/// - `context(id, procedure, version, channel, site, terminal, locale)`: where (constant over a session).
/// - `happening(id, kind, step, value, reason, count)`: what (a step entered, an answer given…).
/// - `name(id, text)`: every string, once. In `context` and `happening`, 0 stands for "none"
///   (rather than NULL, so that UNIQUE sees two absent sites as the same).
/// - `kind(code, name)` and `channel(code, name)`: the fixed codes, see ``StoredCodes``.
/// - `counter(name, value)`: `seq`, and `generation`, bumped by each purge so that every process
///   forgets the ids it cached.
/// - `events`: a view with every id turned back into text, for people using `sqlite3`.
///
/// Version 2 adds what sites and the central server need (``SiteOutbox``, ``SiteEventReceiver``):
/// - on a site: `event_by_seq`, so the events after the shipped mark are one index range, and the
///   mark itself as the counter `shipped`; `sync_state(name, time, message)`: the last success and
///   the last error of shipping, for `ariane sync --status`.
/// - on the central server: `received(site, terminal, sequence, digest)`: every event received from
///   a site, by its name in the network, with the SHA-256 of its content (a replay is recognised, a
///   reused sequence refused); `site_reception(site, last_received_at)`; `site(name, key_hash,
///   added_at, revoked_at)`: the registered sites, their keys stored only hashed.
enum StoreSchema {
    /// "ARIA": written in the file header, so Ariane knows its own files and leaves others alone.
    static let applicationID: Int32 = 0x4152_4941

    /// The schema version this build reads and writes (`PRAGMA user_version`).
    static var version: Int { migrations.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            migrator.registerMigration("v\(index + 1)") { db in
                try migration(db)
                try db.execute(sql: "PRAGMA application_id = \(applicationID); PRAGMA user_version = \(index + 1)")
            }
        }
        return migrator
    }

    /// The `kind` and `channel` tables, filled at creation and again at every opening: a kind added
    /// since the file was made gets its row without a migration (codes never change meaning).
    static func fillCodes(_ db: Database) throws {
        for kind in GuideEvent.Kind.allCases {
            try db.execute(sql: "INSERT OR IGNORE INTO kind VALUES (?, ?)", arguments: [StoredCodes.code(of: kind), kind.rawValue])
        }
        for channel in Channel.allCases {
            try db.execute(sql: "INSERT OR IGNORE INTO channel VALUES (?, ?)", arguments: [StoredCodes.code(of: channel), channel.rawValue])
        }
    }

    private static let migrations: [@Sendable (Database) throws -> Void] = [createTables, addSiteSync]

    private static func createTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE name (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
                CREATE TABLE session (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
                CREATE TABLE context (
                    id INTEGER PRIMARY KEY,
                    procedure INTEGER NOT NULL, version INTEGER NOT NULL, channel INTEGER NOT NULL,
                    site INTEGER NOT NULL, terminal INTEGER NOT NULL, locale INTEGER NOT NULL,
                    UNIQUE (procedure, version, channel, site, terminal, locale)
                );
                CREATE TABLE happening (
                    id INTEGER PRIMARY KEY,
                    kind INTEGER NOT NULL, step INTEGER NOT NULL, value INTEGER NOT NULL, reason INTEGER NOT NULL,
                    count INTEGER,
                    UNIQUE (kind, step, value, reason, count)
                );
                CREATE TABLE event (
                    session INTEGER NOT NULL, time INTEGER NOT NULL, seq INTEGER NOT NULL,
                    context INTEGER NOT NULL, happening INTEGER NOT NULL,
                    PRIMARY KEY (session, time, seq)
                ) WITHOUT ROWID;
                CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO counter VALUES ('seq', 0), ('generation', 0);
                CREATE TABLE kind (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                CREATE TABLE channel (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                """)
        try fillCodes(db)
        try db.execute(sql: eventsView)
    }

    /// Every event with its ids turned back into text, `seq` first: for people using `sqlite3`, and
    /// for a site reading what it ships (``SQLiteEventStore/events(after:limit:)``).
    static let eventsView = """
        CREATE VIEW events AS
        SELECT e.seq AS seq, s.key AS session, p.text AS procedure, v.text AS procedure_version, st.text AS step,
               k.name AS kind, e.time AS time, ch.name AS channel, si.text AS site, te.text AS terminal,
               lo.text AS locale, va.text AS value, re.text AS reason, h.count AS count
        FROM event e
        JOIN session s ON s.id = e.session
        JOIN context c ON c.id = e.context
        JOIN happening h ON h.id = e.happening
        JOIN name p ON p.id = c.procedure
        JOIN name v ON v.id = c.version
        JOIN name lo ON lo.id = c.locale
        JOIN kind k ON k.code = h.kind
        JOIN channel ch ON ch.code = c.channel
        LEFT JOIN name si ON si.id = c.site
        LEFT JOIN name te ON te.id = c.terminal
        LEFT JOIN name st ON st.id = h.step
        LEFT JOIN name va ON va.id = h.value
        LEFT JOIN name re ON re.id = h.reason;
        """

    private static func addSiteSync(_ db: Database) throws {
        // A log made by version 1 has the view without `seq`.
        try db.execute(sql: "DROP VIEW events; " + eventsView)
        try db.execute(
            sql: """
                CREATE INDEX event_by_seq ON event (seq);
                INSERT INTO counter VALUES ('shipped', 0);
                CREATE TABLE sync_state (name TEXT PRIMARY KEY, time INTEGER NOT NULL, message TEXT) WITHOUT ROWID;
                CREATE TABLE received (
                    site TEXT NOT NULL, terminal TEXT NOT NULL, sequence INTEGER NOT NULL, digest BLOB NOT NULL,
                    PRIMARY KEY (site, terminal, sequence)
                ) WITHOUT ROWID;
                CREATE TABLE site_reception (site TEXT PRIMARY KEY, last_received_at INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE site (
                    name TEXT PRIMARY KEY, key_hash BLOB NOT NULL UNIQUE, added_at INTEGER NOT NULL, revoked_at INTEGER
                ) WITHOUT ROWID;
                """)
    }
}
