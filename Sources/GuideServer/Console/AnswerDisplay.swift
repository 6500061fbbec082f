import Foundation
import ProcedureModel

/// How a resident's answer reads on the console: the choice's words, a number, a date as 05/03/1990;
/// never a sensitive answer.
enum AnswerDisplay {
    static let confidential = "réponse confidentielle"

    static func text(_ answer: AnswerValue, at step: Step) -> String {
        if step.isSensitive { return confidential }
        switch answer {
        case .text(let value):
            return step.choices.first { $0.value == value }?.prompt.text ?? value
        case .number(let number):
            if case .date? = step.answer { return date(Int(number)) }
            let unit: String? = if case .number(_, _, let unit, _, _)? = step.answer { unit } else { nil }
            return [numberText(number), unit].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// `850` rather than `850.0`; `850,5` with a French decimal comma.
    static func numberText(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number).replacingOccurrences(of: ".", with: ",")
    }

    /// `19900305` → `05/03/1990`.
    static func date(_ yyyymmdd: Int) -> String {
        let year = yyyymmdd / 10_000
        let month = yyyymmdd / 100 % 100
        let day = yyyymmdd % 100
        return "\(twoDigits(day))/\(twoDigits(month))/\(year)"
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }
}
