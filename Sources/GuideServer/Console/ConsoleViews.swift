import ProcedureModel

/// View models of the console pages: plain values the templates read.
enum ConsoleViews {
    struct Option {
        let value: String
        let label: String
        var selected = false
    }

    struct Home {
        let procedures: [Option]
        let languages: [Option]
        let code: String
        let running: [RunningItem]
        /// Sessions ended in the last 24 hours, still open to a note.
        let ended: [EndedItem]
        let saved: [SavedItem]
        /// Every worker's saved sessions, for admins only.
        let everyonesSaved: [SavedItem]
        let isAdmin: Bool
        /// Residents calling for a person from a kiosk, oldest first; kept live by `static/call.js`.
        let calls: [CallList.Item]
        /// The week's worst stuck points at this site.
        let stuck: [StuckItem]
    }

    struct RunningItem {
        let href: String
        let procedureTitle: String
        let stepText: String
    }

    struct EndedItem {
        let href: String
        let label: String?
        let procedureTitle: String
        let endedAt: String
        let notesUntil: String
    }

    struct SavedItem {
        let id: String
        /// What the worker typed to recognise the person, e.g. "Mme B., mardi".
        let label: String?
        let procedureTitle: String
        let stepText: String
        let savedAt: String
        let forgottenAfter: String
        let owner: String
    }

    /// One step already passed, with the answer given there.
    struct PathItem {
        let prompt: String
        let answer: String?
        let isCurrent: Bool
    }

    /// One step of the whole procedure, marked as passed, current or not reached.
    struct PlanItem {
        let id: String
        let prompt: String
        let kind: String
        let state: String
        let stateLabel: String
        let isCurrent: Bool
        /// The ids of the steps it leads to, e.g. `revenus, refus`.
        let next: String?
    }

    struct NoteItem {
        let category: String
        let text: String?
        let author: String
        let writtenAt: String

        init(_ note: WorkerNote) {
            category = note.category.label
            text = note.text.isEmpty ? nil : note.text
            author = note.authorName
            writtenAt = ConsoleDates.text(note.writtenAt)
        }
    }

    struct SessionPage {
        let token: String
        let procedureTitle: String
        let channel: String
        let language: String
        let status: String
        let step: KioskPages.StepView?
        let help: String?
        let outcome: KioskPages.OutcomeView?
        let path: [PathItem]
        let plan: [PlanItem]
        let checklist: [String]
        /// The resident's step in their own language, with its sound.
        let resident: ResidentView?
        /// Where the blockage form posts; `nil` when no note can be added.
        let noteAction: String?
        let noteForm: NoteForm
        let notes: [NoteItem]
        /// The label to save the session under, as typed before.
        let label: String
        let longestLabel: Int
    }

    /// The form to note a blockage: the categories with none chosen, and why it was refused, if it was.
    struct NoteForm {
        let categories: [Option]
        let error: String?
        /// The note as typed, kept when the form is refused.
        let text: String

        init(chosen: String? = nil, error: String? = nil, text: String = "") {
            categories = BlockageCategory.allCases.map { ConsoleViews.Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosen) }
            self.error = error
            self.text = text
        }
    }
}
