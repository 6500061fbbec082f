import EventLog
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// What the idle sweep keeps, and what it ends without a time-out.
@Suite struct IdleSweepEdgeTests {
    @Test func whenTheStoreRefusesTheTimeOutTheSessionStaysForTheNextSweep() async throws {
        let store = RefusingStore()
        let harness = try SweepHarness()
        try await harness.run(store: store) { client, sweep async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            harness.clock.advance(milliseconds: IdleSweepTests.serverEnds + 1)
            store.refuse(true)
            #expect(await sweep.sweep() == 0)
            #expect(try await client.get("/kiosk/step", cookie: cookie).status == .ok)
            #expect(!(try await client.get("/metrics").text.contains("ariane_sessions_expired_total{")))

            store.refuse(false)
            harness.clock.advance(seconds: 30)
            #expect(await sweep.sweep() == 1)
            #expect(try await client.get("/kiosk/step", cookie: cookie).location == "/kiosk")
        }
        var events: [GuideEvent] = []
        try await store.forEachEvent(matching: .all) { events.append($0) }
        let started = try #require(events.first)
        // Once, at the time the page would have ended it, whichever sweep got it into the store.
        #expect(events.map(\.kind) == [.sessionStarted, .stepEntered, .timedOut])
        #expect(events.last == IdleSweepTests.timedOut(like: started, at: "foyer", time: HandClock.start + IdleSweepTests.pageEnds))
        #expect(
            harness.sweepLines.map(\.message) == [
                "Kept sessions nobody touched: the event store refused their time-out, the next sweep tries again",
                "Ended sessions nobody touched",
            ])
        #expect(
            harness.sweepLines.first?.metadata == [
                "place": "kiosk", "sessions": "1",
                "error": "refusing.sqlite: error: the disk is full (or the event log reached its size limit): 1 event was not saved; earlier events are intact",
            ])
    }

    @Test func anOutcomeLeftOnScreenIsForgottenWithoutATimeOut() async throws {
        let harness = try SweepHarness()
        try await harness.run { client, sweep async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "2+"], cookie: cookie)
            #expect(try await client.get("/kiosk/step", cookie: cookie).text.contains("Cette aide n&#39;est pas pour vous."))
            harness.clock.advance(milliseconds: IdleSweepTests.serverEnds + 1)
            #expect(await sweep.sweep() == 1)
            #expect(try await client.get("/kiosk/step", cookie: cookie).location == "/kiosk")
        }
        // Completed, as when the page's timer says "finish": no time-out after the outcome.
        #expect(try await harness.events().map(\.kind) == [.sessionStarted, .stepEntered, .answered, .stepEntered, .completed])
    }

    @Test func aDeskSessionOutlivesTheKioskRuleAndEndsAfterASignInsLength() async throws {
        let console = try ConsoleHarness()
        let harness = try SweepHarness()
        try await harness.run(console.settings, store: console.kiosk.store) { client, sweep async throws in
            let marie = try await client.signIn("marie")
            let session = try await ConsoleAssistedSessionTests.start(marie, client)
            harness.clock.advance(seconds: 60 * 60)
            #expect(await sweep.sweep() == 0)
            #expect(try await marie.get(client, session).status == .ok)

            harness.clock.advance(milliseconds: 7 * 60 * 60 * 1000 + 1)
            #expect(await sweep.sweep() == 1)
            #expect(try await marie.get(client, session).status == .notFound)
            #expect(try await client.get("/metrics").text.contains(#"ariane_sessions_expired_total{place="desk"} 1"#))
        }
        let events = try await console.events()
        #expect(events.map(\.kind) == [.sessionStarted, .stepEntered, .timedOut])
        #expect(events.last?.channel == .assisted)
        #expect(events.last?.time == HandClock.start + 8 * 60 * 60 * 1000)
        #expect(harness.sweepLines.map(\.metadata) == [["kiosk": "0", "desk": "1"]])
    }
}
