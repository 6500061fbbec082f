extension DayError {
    /// The same refusal in French, for the dashboard; `name` is then the field's label as the
    /// analyst reads it (« Depuis le »).
    public var frenchDescription: String {
        let format = "\(name) attend un jour écrit AAAA-MM-JJ, par exemple 2026-11-01 ; « \(text) » n'en est pas un"
        switch problem {
        case .notADay: return format + "."
        case .noSuchMonth(let month): return "\(format) : il n'y a pas de mois \(month)."
        case .noSuchDay(let month, let length): return "\(format) : \(month) n'a que \(length) jours."
        case .beforeFirst(let first, let firstText): return "\(name) (\(text)) est avant \(first) (\(firstText))."
        }
    }
}
