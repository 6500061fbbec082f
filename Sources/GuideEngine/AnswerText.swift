import ProcedureModel

/// How an accepted answer is written in an `answered` event: the same text for the same answer.
enum AnswerText {
    /// `850` rather than `850.0`; `850.5` as is.
    static func number(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }

    /// `19900305` → `1990-03-05`.
    static func date(_ yyyymmdd: Int) -> String {
        let year = yyyymmdd / 10_000
        let month = yyyymmdd / 100 % 100
        let day = yyyymmdd % 100
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The text of `value` as an answer to a question of `kind`.
    static func text(_ value: AnswerValue, kind: AnswerKind?) -> String {
        switch (value, kind) {
        case (.text(let text), _): text
        case (.number(let number), .date?): date(Int(number))
        case (.number(let number), _): self.number(number)
        }
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
