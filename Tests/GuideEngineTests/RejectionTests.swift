import GuideEngine
import ProcedureModel
import Testing

@Suite("Inputs refused")
struct RejectionTests {
    @Test(
        "a refused input at a step is logged by code and changes nothing",
        arguments: [
            ([Input](), Input.answer("1"), Rejection.notAQuestion),
            ([.proceed], .proceed, .needsAnAnswer),
            ([.proceed], .answer("3"), .notAChoice("3")),
            ([.proceed], .start, .alreadyStarted),
            ([.proceed, .answer("1")], .answer("beaucoup"), .notANumber),
            ([.proceed, .answer("1")], .answer("1.2.3"), .notANumber),
            ([.proceed, .answer("1")], .answer("-5"), .outOfRange(minimum: 0, maximum: 100_000)),
            ([.proceed, .answer("1")], .answer("100 000,01"), .outOfRange(minimum: 0, maximum: 100_000)),
            ([.proceed, .answer("1"), .answer("7"), .answer("oui"), .proceed], .answer("31/02/1990"), .notADate),
            ([.proceed, .answer("1"), .answer("7"), .answer("oui"), .proceed], .answer("hier"), .notADate),
        ] as [([Input], Input, Rejection)])
    func refusedAtStep(before inputs: [Input], input: Input, rejection: Rejection) throws {
        var session = try Fixture.session(after: inputs)
        let before = session.saved
        let step = session.currentStep?.id
        #expect(session.handle(input, at: 99) == [event(.inputRejected, step, at: 99, reason: rejection.code), .reject(rejection)])
        #expect(session.saved == before)
    }

    @Test("before the start, only « start » is taken", arguments: [Input.answer("1"), .proceed, .back(steps: 1), .help, .resume, .abandon])
    func beforeStart(input: Input) throws {
        var session = try Fixture.session()
        let before = session.saved
        #expect(session.handle(input, at: 1) == [.reject(.notStarted)])
        #expect(session.saved == before)
    }

    @Test("after the end, only « resume » is taken", arguments: [Input.start, .answer("1"), .proceed, .back(steps: 1), .noInput, .timeout, .help])
    func afterEnd(input: Input) throws {
        let finished = try Fixture.session(after: [.proceed, .answer("1"), .answer("7"), .answer("oui"), .proceed, .answer("1990-01-01")])
        let abandoned = try Fixture.session(after: [.abandon])
        for var session in [finished, abandoned] {
            let before = session.saved
            #expect(session.handle(input, at: 1) == [.reject(.sessionEnded)])
            #expect(session.saved == before)
        }
    }

    @Test("every refusal has a plain French message")
    func messages() throws {
        #expect(Rejection.outOfRange(minimum: 0, maximum: 100_000).message == "Écrivez un nombre entre 0 et 100 000.")
        #expect(Rejection.outOfRange(minimum: 1.5, maximum: nil).message == "Écrivez un nombre égal ou plus grand que 1,5.")
        #expect(Rejection.notAChoice("3").message == "« 3 » ne fait pas partie des réponses proposées. Choisissez une des réponses.")
        #expect(Rejection.cannotGoBack.message == "Vous êtes au début : on ne peut pas revenir en arrière.")
    }
}
