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

    func store() throws -> SQLiteDirectoryStore {
        try SQLiteDirectoryStore(path: try Fixture.folder().appendingPathComponent("directory.sqlite").path)
    }

    @Test func reimportUpdatesByIdKeepsSourceAndDateAndRetiresWhatIsGone() throws {
        let store = try store()
        let first = try store.apply(Self.batch([Self.place("a"), Self.place("b"), Self.place("c")]), on: "2026-12-01")
        #expect(first == ImportSummary(added: 3))
        let second = try store.apply(
            Self.batch([Self.place("a"), Self.place("b", name: "Lieu renommé", source: "autre", updated: "2026-11-30")]), on: "2026-12-06")
        #expect(second == ImportSummary(updated: 1, unchanged: 1, retired: 1))
        let b = try #require(try store.place(id: "mednum/b"))
        #expect(b.name == "Lieu renommé")
        #expect(b.source == "autre")
        #expect(b.updated == "2026-11-30")
        let c = try #require(try store.place(id: "mednum/c"))
        #expect(c.retired == "2026-12-06")
        #expect(try store.currentPlaces().map(\.id) == ["mednum/a", "mednum/b"])
    }

    @Test func aPlaceBackInTheSourceComesBackAndARefusedRowIsNotRetired() throws {
        let store = try store()
        _ = try store.apply(Self.batch([Self.place("a"), Self.place("b")]), on: "2026-12-01")
        let refused = try store.apply(Self.batch([Self.place("a")], refused: ["b"]), on: "2026-12-02")
        #expect(refused.retired == 0)
        _ = try store.apply(Self.batch([Self.place("a")]), on: "2026-12-03")
        #expect(try store.place(id: "mednum/b")?.retired == "2026-12-03")
        let back = try store.apply(Self.batch([Self.place("a"), Self.place("b")]), on: "2026-12-04")
        #expect(back == ImportSummary(updated: 1, unchanged: 1))
        #expect(try store.place(id: "mednum/b")?.retired == nil)
    }

    @Test func whatWorkersSetSurvivesAReimport() throws {
        let store = try store()
        _ = try store.apply(Self.batch([Self.place("a")]), on: "2026-12-01")
        var place = try #require(try store.place(id: "mednum/a"))
        place.languages = ["ar", "fr"]
        place.closedUntil = "2027-01-03"
        try store.save(place)
        _ = try store.apply(Self.batch([Self.place("a", hours: "Mo 09:00-12:00")]), on: "2026-12-02")
        let after = try #require(try store.place(id: "mednum/a"))
        #expect(after.languages == ["ar", "fr"])
        #expect(after.closedUntil == "2027-01-03")
        #expect(after.hours == "Mo 09:00-12:00")
    }

    @Test func anotherFeedIsNeverRetiredByThisOne() throws {
        let store = try store()
        var local = Self.place("x")
        local.feed = .local
        try store.save(local)
        _ = try store.apply(Self.batch([Self.place("a")]), on: "2026-12-01")
        #expect(try store.place(id: "local/x")?.retired == nil)
    }

    @Test func aFolderIsNotADirectoryFile() throws {
        let folder = try Fixture.folder()
        #expect(throws: DirectoryStoreError.self) { try SQLiteDirectoryStore(path: folder.path) }
    }
}
