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
        let saved: [SavedItem]
        /// Every worker's saved sessions, for admins only.
        let everyonesSaved: [SavedItem]
        let isAdmin: Bool
        /// Residents calling for a person from a kiosk, oldest first; kept live by `static/call.js`.
        let calls: [CallList.Item]
    }

    struct RunningItem {
        let href: String
        let procedureTitle: String
        let stepText: String
    }

    struct SavedItem {
        let id: String
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
        let canNote: Bool
        let categories: [Option]
        let notes: [NoteItem]
    }
}
