import EventLog
import Foundation
import GuideEngine
import Hummingbird
import ProcedureModel

/// The blockage form as sent: a category the worker must pick (there is no default, so that a quick
/// click cannot skew the statistics) and an optional note.
struct BlockageNote: Decodable {
    var category: String?
    var note: String?

    static let longestNote = 2000

    /// What the form asks for: the category and the trimmed note, or the form again with why it was refused.
    enum Check {
        case accepted(BlockageCategory, text: String)
        case refused(ConsoleViews.NoteForm, HTTPResponse.Status)
    }

    var check: Check {
        let text = (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let category = BlockageCategory(rawValue: category ?? "") else {
            let error = "Choisissez la raison du blocage dans la liste. Rien n'a été enregistré."
            return .refused(ConsoleViews.NoteForm(error: error, text: text), .badRequest)
        }
        guard text.count <= Self.longestNote else {
            let error = "La note dépasse \(Self.longestNote) caractères : raccourcissez-la. Rien n'a été enregistré."
            return .refused(ConsoleViews.NoteForm(chosen: category.rawValue, error: error, text: text), .contentTooLarge)
        }
        return .accepted(category, text: text)
    }
}

extension GuideServices {
    /// A note on a session that has ended (at its outcome, or closed): the engine takes no more input,
    /// so the `worker-note` event is appended here, copied from the session's own events. The text
    /// goes to the console's store only.
    func noteEndedSession(_ ended: EndedSession, _ category: BlockageCategory, text: String, author: Int64) async throws {
        let now = clock.now()
        try await store.append([ended.noteEvent(category, at: now)])
        try await console.accounts.addNote(sessionID: ended.sessionID, category: category, text: text, author: author, at: now)
    }
}
