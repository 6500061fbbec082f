import Foundation
import ProcedureModel

/// The calls as a console shows them: in French, with the procedure and step named as written.
struct CallList: Sendable, Encodable {
    struct Item: Sendable, Encodable {
        /// For the "Accepter" button's form: `/console/calls/<id>/answer`.
        let id: String
        let procedure: String
        let step: String
        let language: String
        let terminal: String?
        /// "14:05", in the server's time zone as every console date.
        let since: String
        let code: String
    }

    let calls: [Item]

    /// The resident's language as the worker says it: the console is in French, and a name in
    /// another script would turn the line around it.
    static let frenchNames = ["fr": "français", "en": "anglais", "ar": "arabe"]

    init(_ calls: [MediatorCall], services: GuideServices) {
        self.calls = calls.map { call in
            let procedure = services.library.procedure(call.procedureID)
            return Item(
                id: call.id, procedure: procedure?.title ?? call.procedureID,
                step: call.stepID.flatMap { procedure?.step($0)?.prompt.text } ?? "",
                language: Self.frenchNames[call.locale] ?? call.locale, terminal: call.terminal,
                since: String(ConsoleDates.text(call.calledAt).suffix(5)), code: call.code.spoken)
        }
    }

    /// One server-sent event carrying the whole list: `event: calls`, the list as JSON on one line.
    func serverSentEvent() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and arrays of them cannot fail; an empty list is what a console shows then.
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{\"calls\":[]}"
        return "event: calls\ndata: \(json)\n\n"
    }
}
