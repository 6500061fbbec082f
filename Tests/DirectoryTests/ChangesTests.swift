import Directory
import Foundation
import Testing

@Suite struct ChangesTests {
    func store(_ kind: DirectoryStoreKind) async throws -> any DirectoryStore & DirectoryChanges {
        let store = try await kind.make()
        _ = try await store.apply(DirectoryStoreTests.batch([DirectoryStoreTests.place("a", hours: "Mo-Fr 09:00-12:00")]), on: "2026-12-01")
        return store
    }

    @Test(arguments: DirectoryStoreKind.available) func anApprovedChangeKeepsWhoWhenAndThePreviousValue(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        let proposal = try await store.propose(
            ProposedChange(placeID: "mednum/a", kind: .hours, proposed: "Mo-Fr 09:00-17:00", proposedBy: "amina", proposedAt: "2026-12-06T10:00:00Z"))
        #expect(proposal.previous == "Mo-Fr 09:00-12:00")
        #expect(try await store.place(id: "mednum/a")?.hours == "Mo-Fr 09:00-12:00")
        #expect(try await store.pendingChanges().map(\.id) == [proposal.id])
        let decided = try await store.decide(proposal.id, .approved, by: "admin", at: "2026-12-06T11:00:00Z")
        #expect(decided.decidedBy == "admin")
        #expect(decided.decidedAt == "2026-12-06T11:00:00Z")
        #expect(decided.previous == "Mo-Fr 09:00-12:00")
        #expect(try await store.place(id: "mednum/a")?.hours == "Mo-Fr 09:00-17:00")
        #expect(try await store.pendingChanges().isEmpty)
        #expect(try await store.changes(to: "mednum/a").map(\.proposedBy) == ["amina"])
        await #expect(throws: ChangeError.alreadyDecided(proposal.id, .approved)) { try await store.decide(proposal.id, .refused, by: "admin", at: "x") }
    }

    @Test(arguments: DirectoryStoreKind.available) func aRefusedChangeChangesNothing(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        let proposal = try await store.propose(
            ProposedChange(placeID: "mednum/a", kind: .languages, proposed: "ar, fr", proposedBy: "amina", proposedAt: "2026-12-06T10:00:00Z"))
        _ = try await store.decide(proposal.id, .refused, by: "admin", at: "2026-12-06T11:00:00Z")
        #expect(try await store.place(id: "mednum/a")?.languages == [])
        #expect(try await store.changes(to: "mednum/a").first?.decision == .refused)
    }

    @Test(arguments: DirectoryStoreKind.available) func languagesAndAHolidayClosure(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        for (kind, value) in [(ProposedChange.Kind.languages, "ar, FR"), (.closedUntil, "2027-01-03")] {
            let proposal = try await store.propose(ProposedChange(placeID: "mednum/a", kind: kind, proposed: value, proposedBy: "amina", proposedAt: "t"))
            _ = try await store.decide(proposal.id, .approved, by: "admin", at: "t")
        }
        let place = try #require(try await store.place(id: "mednum/a"))
        #expect(place.languages == ["ar", "fr"])
        #expect(place.closedUntil == "2027-01-03")
    }

    @Test(arguments: DirectoryStoreKind.available) func aNewLocalPlace(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        let place = Place(
            feed: .local, sourceID: "epicerie-solidaire", name: "Épicerie solidaire, permanence numérique",
            address: PostalAddress(street: "3 rue Y", postcode: "75011", commune: "Paris"), coordinates: Coordinates(latitude: 48.86, longitude: 2.38),
            services: ["Aide aux démarches administratives"], hours: "We 14:00-17:00", updated: "2026-12-06")
        let json = String(decoding: try JSONEncoder().encode(place), as: UTF8.self)
        let proposal = try await store.propose(ProposedChange(placeID: place.id, kind: .newPlace, proposed: json, proposedBy: "amina", proposedAt: "t"))
        #expect(try await store.place(id: "local/epicerie-solidaire") == nil)
        _ = try await store.decide(proposal.id, .approved, by: "admin", at: "t")
        #expect(try await store.place(id: "local/epicerie-solidaire")?.name == "Épicerie solidaire, permanence numérique")
    }

    @Test(arguments: DirectoryStoreKind.available) func badProposalsAreRefusedWithTheReason(_ kind: DirectoryStoreKind) async throws {
        let store = try await store(kind)
        await #expect(throws: ChangeError.unknownPlace("mednum/zz")) {
            try await store.propose(ProposedChange(placeID: "mednum/zz", kind: .hours, proposed: "off", proposedBy: "a", proposedAt: "t"))
        }
        await #expect(throws: ChangeError.badValue(.closedUntil, "\"demain\" is not a date (YYYY-MM-DD)")) {
            try await store.propose(ProposedChange(placeID: "mednum/a", kind: .closedUntil, proposed: "demain", proposedBy: "a", proposedAt: "t"))
        }
        await #expect(throws: ChangeError.unknownProposal(99)) { try await store.decide(99, .approved, by: "admin", at: "t") }
    }
}
