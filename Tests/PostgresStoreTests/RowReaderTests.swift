import EventLog
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

/// The reader reuses the strings a column has already brought: what comes back is still exactly
/// what was appended, when a value returns after others, after a NULL, or after so many values
/// that the reader stopped remembering new ones.
@Suite(.enabled(if: TestDatabase.runs)) struct RowReaderTests {
    @Test func valuesThatComeBackAfterOthersAndNullsReadAsAppended() async throws {
        let store = try await TestDatabase.freshStore()
        defer { store.close() }
        let steps: [String?] = ["foyer", "revenus", "foyer", nil, "foyer", "revenus", nil, nil, "logement"]
        var events: [GuideEvent] = []
        for (index, step) in steps.enumerated() {
            var next = event(index < 5 ? "aaaa0001" : "bbbb0002", at: nineOClock + Int64(index) * 1_000, site: index % 2 == 0 ? "mairie" : nil)
            next.step = step
            next.kind = index % 3 == 0 ? .answered : .back
            next.channel = index < 5 ? .kiosk : .assisted
            next.value = index % 3 == 0 ? (index % 2 == 0 ? "oui" : "non") : nil
            next.count = index % 3 == 0 ? nil : index
            next.locale = index < 5 ? "fr" : "ar"
            events.append(next)
        }
        try await store.append(events)
        var read: [GuideEvent] = []
        try await store.forEachEvent(matching: .all) { read.append($0) }
        #expect(read == events)
    }

    @Test func answersPastTheRememberedOnesReadAsAppended() async throws {
        let store = try await TestDatabase.freshStore()
        defer { store.close() }
        // 5 000 distinct answers, more than the 4 096 a column remembers, then the first ones again.
        let events = (0..<5_200).map { index in
            var next = event("cccc0003", at: nineOClock + Int64(index), kind: .answered)
            next.value = "réponse-\(index % 5_000)"
            return next
        }
        try await store.append(events)
        var read: [GuideEvent] = []
        try await store.forEachEvent(matching: .all) { read.append($0) }
        #expect(read == events)
    }
}
