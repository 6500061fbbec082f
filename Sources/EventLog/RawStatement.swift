import GRDB
import GRDBSQLite

/// A prepared GRDB statement stepped with SQLite's C calls, for the append and read hot paths.
///
/// GRDB's arguments and rows box every value; on ten million events that boxing is most of the
/// time. Here an integer goes straight from a register to `sqlite3_bind_int64` and back.
struct RawStatement {
    let statement: Statement
    /// Kept apart from `statement` so that reading a column touches no reference count.
    let handle: SQLiteStatement
    private let connection: SQLiteConnection?

    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds an integer, or NULL for `nil`; `index` counts from 1, as in SQLite.
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ text: String) {
        // SQLITE_TRANSIENT: SQLite copies the bytes before `withCString` gives the buffer back.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        _ = text.withCString { sqlite3_bind_text(handle, index, $0, -1, transient) }
    }

    /// Steps once: `true` when a row is ready, `false` when done. Throws SQLite's error.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = connection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Runs a statement that returns no row, and makes it ready to run again.
    func run() throws {
        _ = try step()
        sqlite3_reset(handle)
    }

    func reset() {
        sqlite3_reset(handle)
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    var changes: Int32 { connection.map { sqlite3_changes($0) } ?? 0 }

    var lastInsertedRowID: Int64 { connection.map { sqlite3_last_insert_rowid($0) } ?? 0 }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        // Decoding a counted buffer makes short texts small strings, stored inline without a reference count.
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
