import Foundation
import GuideEngine
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

@testable import GuideServer

/// The console's store behaves the same on SQLite (GRDB), in memory and on PostgreSQL: one set of tests runs on all three.
@Suite struct AccountStoreTests {
    enum Kind: String, CaseIterable, Sendable {
        case sqlite, memory, postgres

        /// SQLite and memory always; PostgreSQL when the tests have one (see ``TestDatabase``).
        static var available: [Kind] { TestDatabase.runs ? allCases : [.sqlite, .memory] }
    }

    static func store(_ kind: Kind) async throws -> any AccountStore {
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-accounts-\(UUID().uuidString)")
            return try SQLiteAccountStore(dataDirectory: folder.path)
        case .memory:
            return MemoryAccountStore()
        case .postgres:
            return PostgresAccountStore(database: try await PostgresPool(url: try await TestDatabase.fresh()))
        }
    }

    static func saved(_ sessionID: String, at step: String) -> SavedSession {
        SavedSession(
            procedureID: "essai", procedureVersion: "1", context: SessionContext(sessionID: sessionID, channel: .assisted, locale: "fr"),
            state: .atStep(step), visits: [.init(step: "foyer", answer: .text("1")), .init(step: step)])
    }

    @Test(arguments: Kind.available)
    func accountsAreUniqueWhateverTheirCaseAndRemovedWithWhatTheyWrote(_ kind: Kind) async throws {
        let store = try await Self.store(kind)
        let marie = try await store.add(name: "marie", role: .worker, password: "correct horse battery", cost: 4, at: 0)
        let root = try await store.add(name: "root", role: .admin, password: "correct horse battery", cost: 4, at: 0)
        await #expect(throws: AccountError.duplicateName("Marie")) {
            try await store.add(name: "Marie", role: .worker, password: "correct horse battery", cost: 4, at: 0)
        }
        await #expect(throws: AccountError.weakPassword) {
            try await store.add(name: "paul", role: .worker, password: "short", cost: 4, at: 0)
        }
        #expect(try await store.accounts().map(\.name) == ["marie", "root"])
        #expect(try await store.account(id: marie.id) == marie)
        let credentials = try #require(try await store.credentials(name: "MARIE"))
        #expect(credentials.account == marie)
        #expect(credentials.hash.hasPrefix("$2b$04$"))

        try await store.addNote(sessionID: "s1", category: .language, text: "lit l'arabe", author: marie.id, at: 10)
        try await store.addNote(sessionID: "s1", category: .missingDocument, text: "", author: root.id, at: 20)
        #expect(try await store.notes(sessionID: "s1", visibleTo: marie).map(\.text) == ["lit l'arabe"])
        #expect(try await store.notes(sessionID: "s1", visibleTo: root).map(\.authorName) == ["marie", "root"])
        try await store.save(Self.saved("s1", at: "revenus"), stepID: "revenus", owner: marie.id, at: 30)

        try await store.remove(name: "marie")
        await #expect(throws: AccountError.unknownName("marie")) { try await store.remove(name: "marie") }
        #expect(try await store.account(id: marie.id) == nil)
        #expect(try await store.notes(sessionID: "s1", visibleTo: root).map(\.authorName) == ["root"])
        #expect(try await store.savedSessions(ownedBy: nil).isEmpty)
    }

    @Test(arguments: Kind.available)
    func aSavedSessionIsKeptOnceListedNewestFirstAndForgottenAfterItsDays(_ kind: Kind) async throws {
        let store = try await Self.store(kind)
        let marie = try await store.add(name: "marie", role: .worker, password: "correct horse battery", cost: 4, at: 0)
        let paul = try await store.add(name: "paul", role: .worker, password: "correct horse battery", cost: 4, at: 0)
        try await store.save(Self.saved("s1", at: "foyer"), stepID: "foyer", owner: marie.id, at: 100)
        // Saving the same session again replaces it.
        let again = try await store.save(Self.saved("s1", at: "revenus"), stepID: "revenus", owner: marie.id, at: 200)
        try await store.save(Self.saved("s2", at: "foyer"), stepID: "foyer", owner: paul.id, at: 150)
        #expect(try await store.savedSessions(ownedBy: marie.id).map(\.stepID) == ["revenus"])
        #expect(try await store.savedSessions(ownedBy: nil).map(\.savedAt) == [200, 150])
        let opened = try #require(try await store.savedSession(id: again))
        #expect(opened.entry.ownerName == "marie")
        #expect(opened.session == Self.saved("s1", at: "revenus"))
        try await store.addNote(sessionID: "s2", category: .other, text: "", author: paul.id, at: 120)

        try await store.purge(before: 160)
        #expect(try await store.savedSessions(ownedBy: nil).map(\.savedAt) == [200])
        #expect(try await store.notes(sessionID: "s2", visibleTo: paul).isEmpty)
        try await store.deleteSavedSession(id: again)
        #expect(try await store.savedSession(id: again) == nil)
    }
}

extension AccountStoreTests {
    @Test(arguments: Kind.available)
    func aSavedSessionKeepsItsLabelAndLosesItWithTheSession(_ kind: Kind) async throws {
        let store = try await Self.store(kind)
        let marie = try await store.add(name: "marie", role: .worker, password: "correct horse battery", cost: 4, at: 0)
        let labelled = try await store.save(Self.saved("s1", at: "foyer"), stepID: "foyer", label: "Mme B., mardi", owner: marie.id, at: 100)
        try await store.save(Self.saved("s2", at: "foyer"), stepID: "foyer", owner: marie.id, at: 200)
        #expect(try await store.savedSessions(ownedBy: marie.id).map(\.label) == [nil, "Mme B., mardi"])
        #expect(try await store.savedSession(id: labelled)?.entry.label == "Mme B., mardi")
        // Saved again without a label, the session has none.
        let again = try await store.save(Self.saved("s1", at: "revenus"), stepID: "revenus", owner: marie.id, at: 300)
        #expect(try await store.savedSession(id: again)?.entry.label == nil)
        try await store.deleteSavedSession(id: again)
        #expect(try await store.savedSessions(ownedBy: nil).compactMap(\.label).isEmpty)
    }
}
