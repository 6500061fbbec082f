import GuideEngine
import ProcedureModel
import Testing

@Suite("Abandon and time-out")
struct EndingTests {
    @Test("abandoning logs it, clears the screen, and ends the session where it was")
    func abandon() throws {
        var session = try Fixture.session(after: [.proceed, .answer("1")])
        #expect(session.handle(.abandon, at: 30) == [event(.abandoned, "revenus", at: 30), .end])
        #expect(session.saved.state == .abandoned)
        #expect(session.currentStep == nil)
        #expect(session.path == ["intro", "foyer", "revenus"])
    }

    @Test("a time-out logs timed-out (not abandoned too), clears the screen, and ends the session")
    func timeout() throws {
        var session = try Fixture.session(after: [.proceed])
        #expect(session.handle(.timeout, at: 30) == [event(.timedOut, "foyer", at: 30), .end])
        #expect(session.saved.state == .abandoned)
    }
}
