import Foundation
import GRDB
import HummingbirdBcrypt
public import ProcedureModel

/// The console's own database, `<data dir>/accounts.sqlite`: accounts, saved sessions and workers' notes.
///
/// Kept apart from the event log on purpose: what is here (password hashes, residents' answers, free
/// text) must never reach analytics or exports. The file is readable by its owner only.
public final class SQLiteAccountStore: AccountStore {
    public static let fileName = "accounts.sqlite"

    let database: DatabaseQueue

    /// Opens (or creates) the store in `dataDirectory` and brings its tables up to date.
    public convenience init(dataDirectory: String) throws {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        try self.init(path: dataDirectory + "/" + Self.fileName)
    }

    public init(path: String) throws {
        var configuration = Configuration()
        // A deleted saved session (answers, the worker's label) or note is overwritten on disk, not only unlinked.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    /// Adds an account after checking its name and password; the password is kept as a bcrypt hash.
    ///
    /// Synchronous and slow by design (bcrypt): meant for `ariane user add` and tests, not for a request.
    @discardableResult
    public func add(name: String, role: Role, password: String, cost: UInt8 = 12, at time: MillisecondsSince1970) throws -> Account {
        try AccountRules.check(name: name)
        try AccountRules.check(password: password)
        guard try account(named: name) == nil else { throw AccountError.duplicateName(name) }
        let hash = Bcrypt.hash(password, cost: cost)
        return try database.write { db in
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) == nil else {
                throw AccountError.duplicateName(name)
            }
            try db.execute(
                sql: "INSERT INTO account (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [name, role.rawValue, hash, time])
            return Account(id: db.lastInsertedRowID, name: name, role: role)
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role FROM account ORDER BY name").compactMap(Self.account)
        }
    }

    /// Removes an account with everything it saved and wrote.
    public func remove(name: String) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM account WHERE name = ?", arguments: [name])
            if db.changesCount == 0 { throw AccountError.unknownName(name) }
        }
    }

    func account(named name: String) throws -> Account? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, role FROM account WHERE name = ?", arguments: [name]).flatMap(Self.account)
        }
    }

    /// The account behind a signed-in session, read afresh so a removed account is signed out at once.
    func account(id: Int64) async throws -> Account? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, role FROM account WHERE id = ?", arguments: [id]).flatMap(Self.account)
        }
    }

    /// The account and its password hash, for signing in.
    func credentials(name: String) async throws -> (account: Account, hash: String)? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, name, role, passwordHash FROM account WHERE name = ?", arguments: [name]),
                let account = Self.account(row)
            else { return nil }
            return (account, row["passwordHash"])
        }
    }

    private static func account(_ row: Row) -> Account? {
        guard let role = Role(rawValue: row["role"]) else { return nil }
        return Account(id: row["id"], name: row["name"], role: role)
    }
}
