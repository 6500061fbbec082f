import EventLog
import HummingbirdTesting
import ProcedureModel
import Testing

@testable import GuideServer

/// A kiosk whose page cannot run its idle timer: the server ends the session the page would have
/// ended, so the next person to touch the screen finds the start, not the previous person's step.
///
/// With the default settings (90 s before each of 2 questions, and 90 s more) the page ends a session
/// 270 s after the last touch; the server steps in after 90 s more.
@Suite struct IdleSweepTests {
    static let pageEnds: Int64 = 270_000
    static let serverEnds: Int64 = 360_000

    /// The event the page's timer leaves when it ends a session at `step`.
    static func timedOut(like started: GuideEvent, at step: String, time: Int64) -> GuideEvent {
        GuideEvent(
            session: started.session, procedure: "essai", procedureVersion: "1", step: step, kind: .timedOut,
            time: time, channel: .kiosk, locale: "fr")
    }

    @Test func theRuleIsThePagesWholeIdleSequenceAndOneWaitMore() throws {
        let rule = try #require(IdleRule.kiosk(ServerSettings(dataDirectory: "/tmp", idleSeconds: 90, idlePrompts: 2)))
        #expect(rule.endsAfter == Self.pageEnds)
        #expect(rule.grace == 90_000)
        #expect(IdleRule.kiosk(ServerSettings(dataDirectory: "/tmp", idleSeconds: 0)) == nil)
    }

    @Test func anUntouchedKioskSessionEndsAsThePageWouldHaveEndedIt() async throws {
        let harness = try SweepHarness()
        try await harness.run { client, sweep async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: cookie)
            harness.clock.advance(milliseconds: Self.serverEnds)
            #expect(await sweep.sweep() == 0)
            #expect(try await client.get("/kiosk/step", cookie: cookie).text.contains("Combien gagnez-vous par mois ?"))

            harness.clock.advance(milliseconds: 1)
            #expect(await sweep.sweep() == 1)
            let step = try await client.get("/kiosk/step", cookie: cookie)
            #expect(step.status == .seeOther)
            #expect(step.location == "/kiosk")
            let start = try await client.get("/kiosk")
            #expect(start.text.contains(#"<h1 class="prompt">Choisissez votre langue</h1>"#))
            #expect(!start.text.contains("Combien gagnez-vous"))
            let metrics = try await client.get("/metrics").text
            #expect(metrics.contains(#"ariane_sessions_expired_total{place="kiosk"} 1"#))
            #expect(metrics.contains("ariane_sessions_timed_out_total 1"))
        }
        let events = try await harness.events()
        let started = try #require(events.first)
        #expect(events.last == Self.timedOut(like: started, at: "revenus", time: HandClock.start + Self.pageEnds))
        #expect(events.filter { $0.kind == .timedOut }.count == 1)
        // One line for the sweep that ended something, none for the one that did not; no token in it.
        #expect(
            harness.sweepLines == [
                LogRecords.Record(level: .info, message: "Ended sessions nobody touched", metadata: ["kiosk": "1", "desk": "0"])
            ])
    }

    @Test func aTouchGivesTheWholeTimeAgain() async throws {
        let harness = try SweepHarness()
        try await harness.run { client, sweep async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            harness.clock.advance(seconds: 300)
            // "Oui, je continue" posted by a page without its script.
            #expect(try await client.post("/kiosk/step", ["action": "still-here"], cookie: cookie).location == "/kiosk/step")
            harness.clock.advance(seconds: 300)
            #expect(await sweep.sweep() == 0)
            let page = try await client.get("/kiosk/step", cookie: cookie)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<h1 class="prompt" id="prompt">Combien de personnes vivent chez vous ?</h1>"#))

            harness.clock.advance(milliseconds: Self.serverEnds - 300_000 + 1)
            #expect(await sweep.sweep() == 1)
            #expect(try await client.get("/kiosk/step", cookie: cookie).location == "/kiosk")
        }
        let events = try await harness.events()
        let started = try #require(events.first)
        #expect(events.last == Self.timedOut(like: started, at: "foyer", time: HandClock.start + 300_000 + Self.pageEnds))
    }

    @Test func aResidentWaitingForAMediatorKeepsTheSessionWhileTheCodeWorks() async throws {
        let harness = try SweepHarness()
        try await harness.run { client, sweep async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            #expect(try await client.post("/kiosk/handoff", [:], cookie: cookie).location == "/kiosk/handoff")
            let code = try await client.get("/kiosk/handoff", cookie: cookie).text
            harness.clock.advance(milliseconds: HandOffCode.lifetime - 1)
            #expect(await sweep.sweep() == 0)
            let stillThere = try await client.get("/kiosk/handoff", cookie: cookie)
            #expect(stillThere.status == .ok)
            #expect(stillThere.text == code)

            harness.clock.advance(milliseconds: 1)
            #expect(await sweep.sweep() == 1)
            #expect(try await client.get("/kiosk/handoff", cookie: cookie).location == "/kiosk/step")
            #expect(try await client.get("/kiosk/step", cookie: cookie).location == "/kiosk")
        }
        let events = try await harness.events()
        let started = try #require(events.first)
        #expect(events.map(\.kind) == [.sessionStarted, .stepEntered, .handedOff, .timedOut])
        #expect(events.last == Self.timedOut(like: started, at: "foyer", time: HandClock.start + HandOffCode.lifetime))
    }

    @Test func aResidentWhoWentBackToTheQuestionAfterTheCodeTimesOutLikeAnyOther() async throws {
        let harness = try SweepHarness()
        try await harness.run { client, sweep async throws in
            let cookie = try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie
            #expect(try await client.post("/kiosk/handoff", [:], cookie: cookie).location == "/kiosk/handoff")
            harness.clock.advance(seconds: 60)
            // "Revenir à la question": the step is on screen again, for whoever comes next.
            #expect(try await client.get("/kiosk/step", cookie: cookie).text.contains("Combien de personnes vivent chez vous ?"))
            harness.clock.advance(milliseconds: Self.serverEnds)
            #expect(await sweep.sweep() == 0)
            harness.clock.advance(milliseconds: 1)
            #expect(await sweep.sweep() == 1)
            #expect(try await client.get("/kiosk/step", cookie: cookie).location == "/kiosk")
        }
        let events = try await harness.events()
        let started = try #require(events.first)
        // Timed out as the step page's timer would have: from the moment the step came back on screen.
        #expect(events.map(\.kind) == [.sessionStarted, .stepEntered, .handedOff, .timedOut])
        #expect(events.last == Self.timedOut(like: started, at: "foyer", time: HandClock.start + 60_000 + Self.pageEnds))
    }
}
