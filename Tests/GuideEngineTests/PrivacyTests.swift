import Foundation
import GuideEngine
import ProcedureModel
import Testing

@Suite("Privacy of what is logged")
struct PrivacyTests {
    @Test("a sensitive answer appears in no event, whatever happens around it")
    func sensitiveNeverLogged() throws {
        var session = try Fixture.session(after: [.proceed, .answer("1")])
        var effects: [Effect] = []
        // Refused attempts (typed text), the accepted one, then going back over it and leaving.
        for input: Input in [.answer("98765 euros"), .answer("987654"), .answer("98765"), .back(steps: 1), .abandon] {
            effects += session.handle(input, at: 20)
        }
        let logged = effects.events
        #expect(logged.map(\.kind) == [.inputRejected, .inputRejected, .answered, .stepEntered, .back, .stepEntered, .abandoned])
        let encoded = String(decoding: try JSONEncoder().encode(logged), as: UTF8.self)
        #expect(!encoded.contains("9876"))
        #expect(logged.first { $0.kind == .answered }?.value == nil)
    }

    @Test("a refused answer is logged by a fixed code, never by what was typed")
    func rejectionByCode() throws {
        var session = try Fixture.session(after: [.proceed])
        let effects = session.handle(.answer("Mohamed 3 enfants"), at: 20)
        #expect(
            effects == [
                event(.inputRejected, "foyer", at: 20, reason: "not-a-choice"), .reject(.notAChoice("Mohamed 3 enfants")),
            ])
    }

    @Test("the glossary term opened is not logged")
    func glossaryTermNotLogged() throws {
        var session = try Fixture.session(after: [])
        #expect(session.handle(.openGlossary(term: "revenu fiscal"), at: 20) == [event(.glossaryOpened, "intro", at: 20)])
    }
}
