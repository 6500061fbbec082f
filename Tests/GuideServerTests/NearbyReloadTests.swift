import Directory
import Foundation
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

@testable import GuideServer

/// The kiosk sees a re-import or an approved proposal without a restart, and finds the organisation
/// kinds a step names among the places near the site.
@Suite struct NearbyReloadTests {
    static let site = SitePlace(coordinates: Coordinates(latitude: 48.8566, longitude: 2.3522))

    static func place(
        _ id: String, name: String? = nil, organisations: [String] = [], services: [String] = ["Aide aux démarches administratives"], latitude: Double = 48.857
    )
        -> Place
    {
        Place(
            feed: .dataInclusion, sourceID: id, name: name ?? id, address: PostalAddress(street: "1 rue X", postcode: "75004", commune: "Paris"),
            coordinates: Coordinates(latitude: latitude, longitude: 2.3525), services: services, organisations: organisations, updated: "2026-12-01")
    }

    static func batch(_ places: [Place]) -> ImportBatch {
        var batch = ImportBatch()
        batch.places[.dataInclusion] = places
        return batch
    }

    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nearby-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    @Test func aReimportAnApprovedChangeAndANewFileAreReadAgain() async throws {
        let path = try Self.folder() + "/" + SQLiteDirectoryStore.fileName
        let nearby = try NearbyHelp(site: Self.site, path: path, checkingEvery: nil)
        #expect(nearby.places.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path), "the kiosk never creates the directory")
        let store = try SQLiteDirectoryStore(path: path)
        _ = try store.apply(Self.batch([Self.place("a")]), on: "2026-12-01")
        #expect(try await nearby.refresh())
        #expect(nearby.places.map(\.id) == ["data-inclusion/a"])
        #expect(try await !nearby.refresh(), "nothing moved: the places are not read again")
        let proposal = try store.propose(
            ProposedChange(placeID: "data-inclusion/a", kind: .hours, proposed: "Mo-Fr 09:00-12:00", proposedBy: "amina", proposedAt: "t"))
        _ = try store.decide(proposal.id, .approved, by: "root", at: "t")
        #expect(try await nearby.refresh())
        #expect(nearby.places.first?.hours == "Mo-Fr 09:00-12:00")
        // A site deletes its directory and imports again.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        _ = try SQLiteDirectoryStore(path: path).apply(Self.batch([Self.place("b")]), on: "2026-12-02")
        #expect(try await nearby.refresh())
        #expect(nearby.places.map(\.id) == ["data-inclusion/b"])
    }

    @Test func theWatcherReloadsOnItsOwn() async throws {
        let path = try Self.folder() + "/" + SQLiteDirectoryStore.fileName
        let nearby = try NearbyHelp(site: Self.site, path: path, checkingEvery: .milliseconds(20))
        _ = try SQLiteDirectoryStore(path: path).apply(Self.batch([Self.place("a")]), on: "2026-12-01")
        // Counted in turns, not seconds: in a full test run the two threads of the task pool can be busy
        // for minutes, which delays the watcher and this loop alike; 3,000 turns is a minute when idle.
        var turns = 0
        while nearby.places.isEmpty, turns < 3_000 {
            try await Task.sleep(for: .milliseconds(20))
            turns += 1
        }
        #expect(nearby.places.map(\.id) == ["data-inclusion/a"])
    }

    /// `ariane serve --db postgres://…`: the places come from the database `ariane directory import --db` wrote,
    /// and a re-import there is seen at the next check; no `directory.sqlite` is read or made.
    @Test(.enabled(if: TestDatabase.runs)) func aServerOnPostgreSQLReadsThePlacesOfItsDatabase() async throws {
        let database = try await PostgresPool(url: try await TestDatabase.fresh())
        let store = PostgresDirectoryStore(database: database)
        _ = try await store.apply(Self.batch([Self.place("a"), Self.place("lyon", latitude: 45.76)]), on: "2026-12-01")
        var settings = ServerSettings(dataDirectory: try Self.folder())
        settings.sitePlace = Self.site
        settings.accountsDatabase = database
        let nearby = try #require(try NearbyHelp.load(settings))
        // Its watcher looks at once too: whichever read first, the places are the database's.
        _ = try await nearby.refresh()
        #expect(nearby.places.map(\.id) == ["data-inclusion/a"])
        #expect(try await !nearby.refresh())
        _ = try await store.apply(Self.batch([Self.place("b")]), on: "2026-12-02")
        _ = try await nearby.refresh()
        #expect(nearby.places.map(\.id) == ["data-inclusion/b"])
        #expect(!FileManager.default.fileExists(atPath: settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName))
    }

    @Test func aKindIsLocalOnlyWithAPlaceWithinReach() throws {
        let path = try Self.folder() + "/" + SQLiteDirectoryStore.fileName
        _ = try SQLiteDirectoryStore(path: path).apply(
            Self.batch([
                Self.place("ccas", name: "CCAS du 4e", organisations: ["CCAS"], services: ["Domiciliation"]),
                // Lyon: beyond reach of a Paris kiosk.
                Self.place("caf-lyon", organisations: ["CAF"], latitude: 45.76),
            ]), on: "2026-12-01")
        let nearby = try NearbyHelp(site: Self.site, path: path, checkingEvery: nil)
        let kinds = ["ccas", "caf", "domiciliation", "mairie"].map { Reference(id: $0) }
        #expect(nearby.localKinds(kinds) == ["ccas", "domiciliation"])
        var step = Step(id: "s", kind: .information, prompt: Prompt(text: "s"))
        step.organisations = [Reference(id: "ccas")]
        // Found by its kind, though it offers no help with procedures in general.
        #expect(nearby.view(for: step, language: "fr", at: Date())?.places.map(\.name) == ["CCAS du 4e"])
        #expect(step.helpPointIDs(localKinds: nearby.localKinds(step.organisations)) == [])
    }

    /// Every place of the ANCT's national map is a digital-mediation place, whichever of the schema's services it offers.
    @Test func everyServiceOfTheNationalMapMakesADigitalMediationPlace() throws {
        let kind = try #require(OrganisationKind.all["mediation-numerique"])
        for service in MednumSchema.services.sorted() {
            #expect(NearbyHelp.need(kind).isMet(by: Self.place("x", services: [service])), "\(service)")
        }
    }
}
