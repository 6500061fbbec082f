/// What the recording pages show.
enum RecordingViews {
    struct Option {
        let value: String
        let label: String
        var selected = false
    }

    struct Prompt {
        let kind: String
        let name: String
        let text: String
        /// « Enregistré », « En attente de validation » or « À enregistrer ».
        let state: String
        let recorded: Bool
        let href: String
    }

    struct Submission {
        let id: Int64
        let language: String
        let kind: String
        let name: String
        let text: String
        let speaker: String
        let submittedAt: String
        let seconds: String
        let consent: String
        let state: String
        let reason: String?
        let audio: String?
    }

    /// The list: choose a language and a procedure, see what is recorded, pick a prompt.
    struct List {
        let languages: [Option]
        let groups: [Option]
        let language: String
        let counts: String
        let prompts: [Prompt]
        let mine: [Submission]
        let isAdmin: Bool
        let pendingCount: Int
    }

    /// One prompt to record.
    struct Record {
        let languageName: String
        let code: String
        /// The `lang` of the text shown: French for a spoken-only language.
        let textLang: String
        let kind: String
        let name: String
        let text: String
        let isSpokenOnly: Bool
        let consent: String
        let consentVersion: String
        let submitURL: String
        let backURL: String
        let longestSeconds: Int
    }

    struct Review {
        let pending: [Submission]
        let decided: [Submission]
    }
}
