import Directory
import Foundation
import GuideServer
import HummingbirdTesting
import Testing

/// Workers propose changes to the site's places; only an admin applies them; who, when and the previous value stay.
@Suite struct ConsoleDirectoryTests {
    static func harnessWithAPlace() throws -> ConsoleHarness {
        let harness = try ConsoleHarness()
        let store = try SQLiteDirectoryStore(path: harness.settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName)
        try store.save(
            Place(
                feed: .mednum, sourceID: "mairie", name: "Mairie annexe", address: PostalAddress(street: "1 place X", postcode: "75011", commune: "Paris"),
                services: ["Aide aux démarches administratives"], hours: "Mo-Fr 09:00-12:00", updated: "2026-11-02"))
        return harness
    }

    @Test func aWorkerProposesAndAnAdminApproves() async throws {
        let harness = try Self.harnessWithAPlace()
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let proposed = try await marie.post(
                client, "/console/directory/propose", ["place": "mednum/mairie", "kind": "hours", "value": "Mo-Fr 09:00-17:00"])
            #expect(proposed.location == "/console/directory?done=proposed")
            let page = try await marie.get(client, "/console/directory").text
            #expect(page.contains("mednum/mairie"))
            #expect(page.contains("« Mo-Fr 09:00-12:00 » → « Mo-Fr 09:00-17:00 »"))
            #expect(!page.contains("Approuver"))
            // A worker cannot decide.
            #expect(try await marie.post(client, "/console/directory/1/decide", ["decision": "approve"]).status == .forbidden)
            let admin = try await client.signIn("root")
            #expect(try await admin.get(client, "/console/directory").text.contains("Approuver"))
            let approved = try await admin.post(client, "/console/directory/1/decide", ["decision": "approve"])
            #expect(approved.location == "/console/directory?done=approved")
            #expect(try await admin.post(client, "/console/directory/1/decide", ["decision": "refuse"]).status == .conflict)
        }
        let store = try SQLiteDirectoryStore(path: harness.settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName)
        #expect(try store.place(id: "mednum/mairie")?.hours == "Mo-Fr 09:00-17:00")
        let change = try #require(try store.changes(to: "mednum/mairie").first)
        #expect(change.proposedBy == "marie")
        #expect(change.decidedBy == "root")
        #expect(change.previous == "Mo-Fr 09:00-12:00")
        #expect(change.decision == .approved)
    }

    @Test func aBadProposalIsRefusedAndChangesNothing() async throws {
        let harness = try Self.harnessWithAPlace()
        try await harness.run { client async throws in
            let marie = try await client.signIn("marie")
            let refused = try await marie.post(client, "/console/directory/propose", ["place": "mednum/mairie", "kind": "closed-until", "value": "demain"])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("is not a date (YYYY-MM-DD)"))
            let unknown = try await marie.post(client, "/console/directory/propose", ["place": "mednum/nulle-part", "kind": "hours", "value": "off"])
            #expect(unknown.status == .badRequest)
        }
        let store = try SQLiteDirectoryStore(path: harness.settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName)
        #expect(try store.pendingChanges().isEmpty)
    }
}
