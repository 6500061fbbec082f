import Directory
import Foundation
import Testing

@Suite struct DirectoryStoreTests {
    static func place(_ id: String, name: String = "Lieu", hours: String? = nil, source: String = "producteur", updated: String = "2026-01-01") -> Place {
        Place(
            feed: .mednum, sourceID: id, name: name, address: PostalAddress(street: "1 rue X", postcode: "75001", commune: "Paris"),
            coordinates: Coordinates(latitude: 48.86, longitude: 2.35), services: ["Aide aux démarches administratives"], hours: hours,
            source: source, updated: updated)
    }

    static func batch(_ places: [Place], refused: Set<String> = []) -> ImportBatch {
        var batch = ImportBatch()
        batch.places[.mednum] = places
        if !refused.isEmpty { batch.refusedIDs[.mednum] = refused }
        return batch
    }

    func store(_ kind: DirectoryStoreKind) async throws -> any DirectoryStore & DirectoryChanges {
        try await kind.make()
    }

    @Test(arguments: DirectoryStoreKind.available) func reimportUpdatesByIdKeepsSourceAndDateAndRetiresWhatIsGone(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        let first = try await store.apply(Self.batch([Self.place("a"), Self.place("b"), Self.place("c")]), on: "2026-12-01")
        #expect(first == ImportSummary(added: 3))
        let second = try await store.apply(
            Self.batch([Self.place("a"), Self.place("b", name: "Lieu renommé", source: "autre", updated: "2026-11-30")]), on: "2026-12-06")
        #expect(second == ImportSummary(updated: 1, unchanged: 1, retired: 1))
        let b = try #require(try await store.place(id: "mednum/b"))
        #expect(b.name == "Lieu renommé")
        #expect(b.source == "autre")
        #expect(b.updated == "2026-11-30")
        let c = try #require(try await store.place(id: "mednum/c"))
        #expect(c.retired == "2026-12-06")
        #expect(try await store.currentPlaces().map(\.id) == ["mednum/a", "mednum/b"])
    }

    @Test(arguments: DirectoryStoreKind.available) func aPlaceBackInTheSourceComesBackAndARefusedRowIsNotRetired(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        _ = try await store.apply(Self.batch([Self.place("a"), Self.place("b")]), on: "2026-12-01")
        let refused = try await store.apply(Self.batch([Self.place("a")], refused: ["b"]), on: "2026-12-02")
        #expect(refused.retired == 0)
        _ = try await store.apply(Self.batch([Self.place("a")]), on: "2026-12-03")
        #expect(try await store.place(id: "mednum/b")?.retired == "2026-12-03")
        let back = try await store.apply(Self.batch([Self.place("a"), Self.place("b")]), on: "2026-12-04")
        #expect(back == ImportSummary(updated: 1, unchanged: 1))
        #expect(try await store.place(id: "mednum/b")?.retired == nil)
    }

    @Test(arguments: DirectoryStoreKind.available) func whatWorkersSetSurvivesAReimport(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        _ = try await store.apply(Self.batch([Self.place("a")]), on: "2026-12-01")
        var place = try #require(try await store.place(id: "mednum/a"))
        place.languages = ["ar", "fr"]
        place.closedUntil = "2027-01-03"
        try await store.save(place)
        _ = try await store.apply(Self.batch([Self.place("a", hours: "Mo 09:00-12:00")]), on: "2026-12-02")
        let after = try #require(try await store.place(id: "mednum/a"))
        #expect(after.languages == ["ar", "fr"])
        #expect(after.closedUntil == "2027-01-03")
        #expect(after.hours == "Mo 09:00-12:00")
    }

    @Test(arguments: DirectoryStoreKind.available) func anotherFeedIsNeverRetiredByThisOne(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        var local = Self.place("x")
        local.feed = .local
        try await store.save(local)
        _ = try await store.apply(Self.batch([Self.place("a")]), on: "2026-12-01")
        #expect(try await store.place(id: "local/x")?.retired == nil)
    }

    @Test(arguments: DirectoryStoreKind.available) func everyWriteMovesTheRevisionAndReadingDoesNot(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        let start = try await store.revision()
        _ = try await store.currentPlaces()
        #expect(try await store.revision() == start)
        _ = try await store.apply(Self.batch([Self.place("a")]), on: "2026-12-01")
        let imported = try await store.revision()
        #expect(imported > start)
        var place = try #require(try await store.place(id: "mednum/a"))
        place.closedUntil = "2027-01-03"
        try await store.save(place)
        let saved = try await store.revision()
        #expect(saved > imported)
        let proposal = try await store.propose(
            ProposedChange(placeID: "mednum/a", kind: .hours, proposed: "Mo 09:00-12:00", proposedBy: "amina", proposedAt: "t"))
        _ = try await store.decide(proposal.id, .approved, by: "admin", at: "t")
        #expect(try await store.revision() > saved)
    }

    /// More places than one statement sends (PostgreSQL's import goes 2,000 at a time).
    @Test(arguments: DirectoryStoreKind.available) func aLargeImportAndItsRetirements(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        let places = (0..<4_500).map { Self.place("p\($0)") }
        #expect(try await store.apply(Self.batch(places), on: "2026-12-01") == ImportSummary(added: 4_500))
        let again = try await store.apply(Self.batch(Array(places.dropLast(500))), on: "2026-12-02")
        #expect(again == ImportSummary(unchanged: 4_000, retired: 500))
        #expect(try await store.currentPlaces().count == 4_000)
        #expect(try await store.place(id: "mednum/p4499")?.retired == "2026-12-02")
    }

    @Test func aFolderIsNotADirectoryFile() throws {
        let folder = try Fixture.folder()
        #expect(throws: DirectoryStoreError.self) { try SQLiteDirectoryStore(path: folder.path) }
    }
}
