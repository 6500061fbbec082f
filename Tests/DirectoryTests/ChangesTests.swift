import Directory
import Foundation
import Testing

@Suite struct ChangesTests {
    func store() throws -> SQLiteDirectoryStore {
        let store = try SQLiteDirectoryStore(path: try Fixture.folder().appendingPathComponent("directory.sqlite").path)
        _ = try store.apply(DirectoryStoreTests.batch([DirectoryStoreTests.place("a", hours: "Mo-Fr 09:00-12:00")]), on: "2026-12-01")
        return store
    }

    @Test func anApprovedChangeKeepsWhoWhenAndThePreviousValue() throws {
        let store = try store()
        let proposal = try store.propose(
            ProposedChange(placeID: "mednum/a", kind: .hours, proposed: "Mo-Fr 09:00-17:00", proposedBy: "amina", proposedAt: "2026-12-06T10:00:00Z"))
        #expect(proposal.previous == "Mo-Fr 09:00-12:00")
        #expect(try store.place(id: "mednum/a")?.hours == "Mo-Fr 09:00-12:00")
        #expect(try store.pendingChanges().map(\.id) == [proposal.id])
        let decided = try store.decide(proposal.id, .approved, by: "admin", at: "2026-12-06T11:00:00Z")
        #expect(decided.decidedBy == "admin")
        #expect(decided.decidedAt == "2026-12-06T11:00:00Z")
        #expect(decided.previous == "Mo-Fr 09:00-12:00")
        #expect(try store.place(id: "mednum/a")?.hours == "Mo-Fr 09:00-17:00")
        #expect(try store.pendingChanges().isEmpty)
        #expect(try store.changes(to: "mednum/a").map(\.proposedBy) == ["amina"])
        #expect(throws: ChangeError.alreadyDecided(proposal.id, .approved)) { try store.decide(proposal.id, .refused, by: "admin", at: "x") }
    }

    @Test func aRefusedChangeChangesNothing() throws {
        let store = try store()
        let proposal = try store.propose(
            ProposedChange(placeID: "mednum/a", kind: .languages, proposed: "ar, fr", proposedBy: "amina", proposedAt: "2026-12-06T10:00:00Z"))
        _ = try store.decide(proposal.id, .refused, by: "admin", at: "2026-12-06T11:00:00Z")
        #expect(try store.place(id: "mednum/a")?.languages == [])
        #expect(try store.changes(to: "mednum/a").first?.decision == .refused)
    }

    @Test func languagesAndAHolidayClosure() throws {
        let store = try store()
        for (kind, value) in [(ProposedChange.Kind.languages, "ar, FR"), (.closedUntil, "2027-01-03")] {
            let proposal = try store.propose(ProposedChange(placeID: "mednum/a", kind: kind, proposed: value, proposedBy: "amina", proposedAt: "t"))
            _ = try store.decide(proposal.id, .approved, by: "admin", at: "t")
        }
        let place = try #require(try store.place(id: "mednum/a"))
        #expect(place.languages == ["ar", "fr"])
        #expect(place.closedUntil == "2027-01-03")
    }

    @Test func aNewLocalPlace() throws {
        let store = try store()
        let place = Place(
            feed: .local, sourceID: "epicerie-solidaire", name: "Épicerie solidaire, permanence numérique",
            address: PostalAddress(street: "3 rue Y", postcode: "75011", commune: "Paris"), coordinates: Coordinates(latitude: 48.86, longitude: 2.38),
            services: ["Aide aux démarches administratives"], hours: "We 14:00-17:00", updated: "2026-12-06")
        let json = String(decoding: try JSONEncoder().encode(place), as: UTF8.self)
        let proposal = try store.propose(ProposedChange(placeID: place.id, kind: .newPlace, proposed: json, proposedBy: "amina", proposedAt: "t"))
        #expect(try store.place(id: "local/epicerie-solidaire") == nil)
        _ = try store.decide(proposal.id, .approved, by: "admin", at: "t")
        #expect(try store.place(id: "local/epicerie-solidaire")?.name == "Épicerie solidaire, permanence numérique")
    }

    @Test func badProposalsAreRefusedWithTheReason() throws {
        let store = try store()
        #expect(throws: ChangeError.unknownPlace("mednum/zz")) {
            try store.propose(ProposedChange(placeID: "mednum/zz", kind: .hours, proposed: "off", proposedBy: "a", proposedAt: "t"))
        }
        #expect(throws: ChangeError.badValue(.closedUntil, "\"demain\" is not a date (YYYY-MM-DD)")) {
            try store.propose(ProposedChange(placeID: "mednum/a", kind: .closedUntil, proposed: "demain", proposedBy: "a", proposedAt: "t"))
        }
        #expect(throws: ChangeError.unknownProposal(99)) { try store.decide(99, .approved, by: "admin", at: "t") }
    }
}
