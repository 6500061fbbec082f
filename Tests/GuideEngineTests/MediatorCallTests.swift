import GuideEngine
import ProcedureModel
import Testing

@Suite("Calls for a person")
struct MediatorCallTests {
    @Test("a call and its answer are logged at the step on screen and change nothing else")
    func atAStep() throws {
        var session = try Fixture.session(after: [.proceed])
        let before = session.saved
        #expect(session.handle(.callMediator, at: 5) == [event(.mediatorCalled, "foyer", at: 5)])
        #expect(session.handle(.mediatorAnswered, at: 9) == [event(.mediatorAnswered, "foyer", at: 9)])
        #expect(session.saved == before)
    }

    @Test("from an outcome, which stays on screen: logged at the outcome, the session still finished")
    func atAnOutcome() throws {
        var session = try Fixture.session(after: [.proceed, .answer("1"), .answer("7"), .answer("oui"), .proceed, .answer("1990-01-01")])
        #expect(session.handle(.callMediator, at: 5) == [event(.mediatorCalled, "fin", at: 5)])
        #expect(session.handle(.mediatorAnswered, at: 6) == [event(.mediatorAnswered, "fin", at: 6)])
        guard case .finished = session.state else {
            Issue.record("the outcome was left: \(session.state)")
            return
        }
    }

    @Test("an abandoned session takes no call")
    func afterLeaving() throws {
        var session = try Fixture.session(after: [.proceed, .abandon])
        #expect(session.handle(.callMediator, at: 5) == [.reject(.sessionEnded)])
    }
}
