import Foundation
import GuideEngine
import HummingbirdBcrypt
import ProcedureModel

/// The console's accounts, saved sessions and notes in memory: for tests, and for a server that must
/// keep nothing on disk. Behaves as ``SQLiteAccountStore`` does (the same tests run on both).
actor MemoryAccountStore: AccountStore {
    private struct Saved {
        var entry: SavedSessionEntry
        var session: SavedSession
    }

    private var accountsByID: [Int64: (account: Account, hash: String)] = [:]
    private var nextID: Int64 = 1
    private var notes: [WorkerNote] = []
    private var saved: [Saved] = []
    /// Submissions of recordings, and the sound of those still pending.
    var submissions: [RecordingSubmission] = []
    var pendingAudio: [Int64: Data] = [:]

    @discardableResult
    func add(name: String, role: Role, password: String, cost: UInt8 = 12, at time: MillisecondsSince1970) throws -> Account {
        try AccountRules.check(name: name)
        try AccountRules.check(password: password)
        guard found(name) == nil else { throw AccountError.duplicateName(name) }
        let account = Account(id: nextID, name: name, role: role)
        accountsByID[nextID] = (account, Bcrypt.hash(password, cost: cost))
        nextID += 1
        return account
    }

    func accounts() -> [Account] {
        accountsByID.values.map(\.account).sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    func remove(name: String) throws {
        guard let account = found(name)?.account else { throw AccountError.unknownName(name) }
        accountsByID[account.id] = nil
        notes.removeAll { $0.authorID == account.id }
        saved.removeAll { $0.entry.ownerID == account.id }
    }

    func account(id: Int64) -> Account? {
        accountsByID[id]?.account
    }

    func credentials(name: String) -> (account: Account, hash: String)? {
        found(name)
    }

    func addNote(sessionID: String, category: BlockageCategory, text: String, author: Int64, at time: MillisecondsSince1970) {
        guard let name = accountsByID[author]?.account.name else { return }
        notes.append(
            WorkerNote(
                id: Int64(notes.count + 1), authorID: author, authorName: name, sessionID: sessionID, category: category, text: text,
                writtenAt: time))
    }

    func notes(sessionID: String, visibleTo reader: Account) -> [WorkerNote] {
        notes.filter { $0.sessionID == sessionID && (reader.role == .admin || $0.authorID == reader.id) }
            .sorted { ($0.writtenAt, $0.id) < ($1.writtenAt, $1.id) }
    }

    @discardableResult
    func save(_ session: SavedSession, stepID: String?, label: String?, owner: Int64, at time: MillisecondsSince1970) -> String {
        saved.removeAll { $0.session.context.sessionID == session.context.sessionID }
        let id = RandomToken.make(bytes: 16)
        let entry = SavedSessionEntry(
            id: id, ownerID: owner, ownerName: accountsByID[owner]?.account.name ?? "", procedureID: session.procedureID, stepID: stepID,
            savedAt: time, label: label)
        saved.append(Saved(entry: entry, session: session))
        return id
    }

    func savedSessions(ownedBy owner: Int64?) -> [SavedSessionEntry] {
        saved.map(\.entry).filter { owner == nil || $0.ownerID == owner }
            .sorted { ($1.savedAt, $0.id) < ($0.savedAt, $1.id) }
    }

    func savedSession(id: String) -> (entry: SavedSessionEntry, session: SavedSession)? {
        saved.first { $0.entry.id == id }.map { ($0.entry, $0.session) }
    }

    func deleteSavedSession(id: String) {
        saved.removeAll { $0.entry.id == id }
    }

    func purge(before cutoff: MillisecondsSince1970) {
        saved.removeAll { $0.entry.savedAt < cutoff }
        notes.removeAll { $0.writtenAt < cutoff }
    }

    /// Names are compared whatever their case, as SQLite's `COLLATE NOCASE` does.
    private func found(_ name: String) -> (account: Account, hash: String)? {
        accountsByID.values.first { $0.account.name.lowercased() == name.lowercased() }
    }
}
