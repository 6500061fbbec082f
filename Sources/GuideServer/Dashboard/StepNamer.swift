import ProcedureModel

/// A step as the dashboard names it: the question residents saw, in the chosen language, with its
/// id beside it for those who read the procedure's XML.
struct StepName {
    let question: String
    let id: String
    /// The question's language, for `lang` and `dir` around it (Arabic runs right to left).
    let lang: String
    let dir: String
}

/// Names steps and procedures from the procedures as the server loaded them (French), or their
/// translation under locales/ (`en`, `ar`…).
struct StepNamer {
    let content: LocalizedContent

    /// Questions longer than this are cut at a word, so that a table row stays a few lines high.
    static let longest = 110

    func step(_ procedure: String, _ step: String) -> StepName {
        let text = content.library.procedure(procedure)?.step(step)?.prompt.text ?? step
        return StepName(question: Self.short(text), id: step, lang: content.language.code, dir: content.language.dir)
    }

    func title(_ procedure: String) -> String {
        content.library.procedure(procedure)?.title ?? procedure
    }

    /// The text on one line, cut after at most ``longest`` characters at a space, with "…".
    static func short(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard line.count > longest else { return line }
        let cut = line.prefix(longest)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
