import HummingbirdBcrypt
import PostgresNIO
public import PostgresStore
public import ProcedureModel

/// The console's accounts, saved sessions and workers' notes on the central PostgreSQL database,
/// for `ariane serve --db postgres://…`: the same rules as ``SQLiteAccountStore``, in tables of
/// their own (see `PostgresSchema`), which no report or export reads.
public struct PostgresAccountStore: AccountStore {
    public let database: PostgresPool

    public init(database: PostgresPool) {
        self.database = database
    }

    /// Adds an account after checking its name and password; the password is kept as a bcrypt hash.
    @discardableResult
    public func add(name: String, role: Role, password: String, cost: UInt8 = 12, at time: MillisecondsSince1970) async throws -> Account {
        try AccountRules.check(name: name)
        try AccountRules.check(password: password)
        let hash = Bcrypt.hash(password, cost: cost)
        let id: Int64? = try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                INSERT INTO account (name, role, password_hash, created_at) VALUES (\(name), \(role.rawValue), \(hash), \(time))
                ON CONFLICT DO NOTHING RETURNING id
                """, logger: database.logger)
            var id: Int64?
            for try await inserted in rows.decode(Int64.self) { id = inserted }
            return id
        }
        guard let id else { throw AccountError.duplicateName(name) }
        return Account(id: id, name: name, role: role)
    }

    public func accounts() async throws -> [Account] {
        try await select("SELECT id, name, role FROM account ORDER BY name")
    }

    public func remove(name: String) async throws {
        let removed: [Account] = try await select("DELETE FROM account WHERE lower(name) = lower(\(name)) RETURNING id, name, role")
        if removed.isEmpty { throw AccountError.unknownName(name) }
    }

    public func account(id: Int64) async throws -> Account? {
        try await select("SELECT id, name, role FROM account WHERE id = \(id)").first
    }

    public func credentials(name: String) async throws -> (account: Account, hash: String)? {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                "SELECT id, name, role, password_hash FROM account WHERE lower(name) = lower(\(name))", logger: database.logger)
            var found: (Account, String)?
            for try await (id, name, role, hash) in rows.decode((Int64, String, String, String).self) {
                if let role = Role(rawValue: role) { found = (Account(id: id, name: name, role: role), hash) }
            }
            return found.map { (account: $0.0, hash: $0.1) }
        }
    }

    /// The accounts a query returns as `id, name, role`; an unknown role (a newer Ariane's) is left out.
    private func select(_ query: PostgresQuery) async throws -> [Account] {
        try await database.withConnection { connection in
            var accounts: [Account] = []
            for try await (id, name, role) in try await connection.query(query, logger: database.logger).decode((Int64, String, String).self) {
                if let role = Role(rawValue: role) { accounts.append(Account(id: id, name: name, role: role)) }
            }
            return accounts
        }
    }
}
