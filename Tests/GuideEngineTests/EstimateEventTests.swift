import GuideEngine
import ProcedureModel
import Testing

@Suite("Estimates before a step")
struct EstimateEventTests {
    @Test("shown and fallen back are logged at the step on screen, benefits by name, no amount, and change nothing else")
    func atAStep() throws {
        var session = try Fixture.session(after: [.proceed])
        let before = session.saved
        #expect(
            session.handle(.estimateShown(benefits: ["ppa", "rsa"]), at: 5) == [event(.estimateShown, "foyer", at: 5, value: "ppa rsa")])
        #expect(
            session.handle(.estimateFellBack(benefits: ["aide_logement"], .notConfigured), at: 6) == [
                event(.estimateFellBack, "foyer", at: 6, value: "aide_logement", reason: "not-configured")
            ])
        #expect(session.saved == before)
    }

    @Test("an abandoned session logs no estimate")
    func afterLeaving() throws {
        var session = try Fixture.session(after: [.proceed, .abandon])
        #expect(session.handle(.estimateShown(benefits: ["rsa"]), at: 5) == [.reject(.sessionEnded)])
    }
}
