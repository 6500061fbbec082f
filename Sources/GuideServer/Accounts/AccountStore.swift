import GuideEngine
import ProcedureModel

/// Where the console keeps what must never reach analytics: accounts and their password hashes,
/// sessions saved for later (a resident's answers), workers' notes (free text).
///
/// ``SQLiteAccountStore`` keeps them in `<data dir>/accounts.sqlite` through GRDB; ``MemoryAccountStore``
/// in memory, for tests and for a server that must keep nothing on disk.
protocol AccountStore: RecordingStore {
    /// Adds an account after checking its name and password; the password is kept as a bcrypt hash of
    /// `cost`. Names are unique whatever their case.
    @discardableResult
    func add(name: String, role: Role, password: String, cost: UInt8, at time: MillisecondsSince1970) async throws -> Account
    /// Every account, by name.
    func accounts() async throws -> [Account]
    /// Removes an account with everything it saved and wrote; throws ``AccountError/unknownName(_:)``.
    func remove(name: String) async throws
    /// The account behind a signed-in session, read afresh so a removed account is signed out at once.
    func account(id: Int64) async throws -> Account?
    /// The account and its password hash, for signing in.
    func credentials(name: String) async throws -> (account: Account, hash: String)?

    func addNote(sessionID: String, category: BlockageCategory, text: String, author: Int64, at time: MillisecondsSince1970) async throws
    /// The notes on a guided session that `reader` may see: their own, or everyone's for an admin.
    func notes(sessionID: String, visibleTo reader: Account) async throws -> [WorkerNote]

    /// Keeps `session` under `owner`'s account with the worker's `label` ("Mme B., mardi"), replacing an
    /// earlier save of the same session; returns its id. The label lives and dies with the saved session.
    @discardableResult
    func save(_ session: SavedSession, stepID: String?, label: String?, owner: Int64, at time: MillisecondsSince1970) async throws -> String
    /// The sessions `owner` saved, newest first; every account's when `owner` is nil (for admins).
    func savedSessions(ownedBy owner: Int64?) async throws -> [SavedSessionEntry]
    /// A saved session and its snapshot.
    func savedSession(id: String) async throws -> (entry: SavedSessionEntry, session: SavedSession)?
    func deleteSavedSession(id: String) async throws
    /// Forgets saved sessions and notes older than `cutoff`: they hold a resident's answers and a
    /// worker's words, which must not be kept longer than the retention limit.
    func purge(before cutoff: MillisecondsSince1970) async throws
}

extension AccountStore {
    /// Keeps `session` without a label (the server saving open desks as it stops, tests).
    @discardableResult
    func save(_ session: SavedSession, stepID: String?, owner: Int64, at time: MillisecondsSince1970) async throws -> String {
        try await save(session, stepID: stepID, label: nil, owner: owner, at: time)
    }
}
