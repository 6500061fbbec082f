import Foundation
import GuideEngine
import HTTPTypes
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// A question that counts something takes whole numbers only, and gives its own example.
@Suite struct WholeNumberTests {
    static func session() throws -> Session {
        let procedure = try ProcedureLoader().loadProcedure(xml: TouchKiosk.procedure, file: "procedures/compter.xml")
        var session = Session(
            procedure: procedure, context: SessionContext(sessionID: "s-1", channel: .kiosk, locale: "fr"),
            conditions: try XPathConditions(procedure: procedure))
        _ = session.handle(.start, at: 1)
        return session
    }

    @Test func theFormatReadsWholeExampleAndTheme() throws {
        let procedure = try ProcedureLoader().loadProcedure(xml: TouchKiosk.procedure, file: "procedures/compter.xml")
        #expect(procedure.theme == .famille)
        #expect(procedure.step("foyer")?.answer == .number(minimum: 1, maximum: 20, unit: "personnes", whole: true, example: "3"))
        #expect(procedure.step("heures")?.answer == .number(minimum: 0, maximum: 80, unit: "heures", whole: false, example: "17,5"))
    }

    @Test("A count refuses a fraction, with its own reason, and changes nothing", arguments: ["2,5", "2.5", "٢٫٥"])
    func fractionOfAPerson(typed: String) throws {
        var session = try Self.session()
        #expect(
            session.handle(.answer(typed), at: 5) == [
                .log(
                    GuideEvent(
                        session: "s-1", procedure: "compter", procedureVersion: "1", step: "foyer", kind: .inputRejected, time: 5,
                        channel: .kiosk, locale: "fr", reason: "not-a-whole-number")),
                .reject(.notAWholeNumber),
            ])
        #expect(session.currentStep?.id == "foyer")
        #expect(session.answers["foyer"] == nil)
    }

    @Test("A count takes whole numbers, in any digits", arguments: [("3", 3.0), ("٣", 3), ("۱۲", 12), ("3,0", 3)])
    func wholePeople(typed: String, value: Double) throws {
        var session = try Self.session()
        _ = session.handle(.answer(typed), at: 5)
        #expect(session.answers["foyer"] == .number(value))
        #expect(session.currentStep?.id == "heures")
    }

    @Test func aQuestionWithoutWholeTakesDecimals() throws {
        var session = try Self.session()
        _ = session.handle(.answer("3"), at: 5)
        _ = session.handle(.answer("17,5"), at: 6)
        #expect(session.answers["heures"] == .number(17.5))
    }

    @Test func theRefusalSaysWhatToDoInPlainFrench() {
        #expect(Rejection.notAWholeNumber.message == "Écrivez un nombre entier, sans virgule : on compte 1, 2, 3…")
        #expect(Rejection.notAWholeNumber.code == "not-a-whole-number")
        #expect(Rejection.notANumber.message == "Écrivez un nombre avec les chiffres du clavier.")
    }

    @Test(
        "The checker refuses an example the question itself would refuse",
        arguments: [
            ("850", "is above the question's max"), ("2,5", "is not a whole number, and the question counts in whole numbers"),
            ("0", "is below the question's min"), ("trois", "is not a number written with the digits 0 to 9"),
        ])
    func exampleTheQuestionRefuses(example: String, problem: String) throws {
        let xml = TouchKiosk.procedure.replacingOccurrences(of: #"whole="true" example="3""#, with: #"whole="true" example="\#(example)""#)
        let procedure = try ProcedureLoader().loadProcedure(xml: xml, file: "compter.xml")
        let found = ProcedureChecker.check(procedure, documents: [:], helpPoints: [:]).map(\.description)
        #expect(found == ["compter.xml:6:3: error: [example-not-an-answer] the example '\(example)' of number question 'foyer' \(problem)"])
    }

    @Test func theTestProcedureAndItsExamplesAreClean() throws {
        let procedure = try ProcedureLoader().loadProcedure(xml: TouchKiosk.procedure, file: "compter.xml")
        #expect(ProcedureChecker.check(procedure, documents: [:], helpPoints: [:]).map(\.description) == [])
    }

    @Test func aThemeOutsideTheSixIsRefusedByTheSchema() throws {
        let xml = TouchKiosk.procedure.replacingOccurrences(of: #"theme="famille""#, with: #"theme="loisirs""#)
        #expect(throws: DiagnosticList.self) { try ProcedureLoader().loadProcedure(xml: xml, file: "compter.xml") }
    }

    @Test func everyShippedProcedureHasATheme() throws {
        let (library, problems) = try ProcedureLoader().loadLibrary([TouchKiosk.repository.appendingPathComponent("procedures").path])
        #expect(problems.isEmpty)
        #expect(library.procedures.count >= 21)
        #expect(library.procedures.filter { $0.theme == nil }.map(\.id) == [])
    }

    @Test func everyShippedNumberQuestionGivesAWholeExample() throws {
        let (library, _) = try ProcedureLoader().loadLibrary([TouchKiosk.repository.appendingPathComponent("procedures").path])
        let numbers = library.procedures.flatMap { procedure in
            procedure.steps.compactMap { step -> String? in
                guard case .number(_, _, _, let whole, let example)? = step.answer else { return nil }
                return "\(procedure.id)/\(step.id): whole \(whole), example \(example ?? "none")"
            }
        }
        #expect(numbers.count >= 7)
        #expect(numbers.filter { !$0.contains("whole true") || $0.hasSuffix("example none") } == [])
        #expect(numbers.filter { $0.hasSuffix("example 850") } == [])
    }
}
