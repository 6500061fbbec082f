public import Foundation
public import ProcedureModel

/// The answers an estimate computes with, by estimate question, plus the commune (INSEE code) of the
/// kiosk's site or of the answers file.
///
/// Kept in the kiosk session only, never stored: they are what the person said about money and home.
public struct EstimateAnswers: Sendable, Hashable {
    public var values: [EstimateQuestion: String]
    /// The INSEE code of the commune (`93066` for Saint-Denis), which sets the housing-aid zone.
    public var commune: String?

    public init(values: [EstimateQuestion: String] = [:], commune: String? = nil) {
        self.values = values
        self.commune = commune
    }

    public subscript(question: EstimateQuestion) -> String? {
        get { values[question] }
        set { values[question] = newValue }
    }

    /// A number answer; a missing one counts as zero, as when the person has none of that income.
    func number(_ question: EstimateQuestion) -> Double {
        values[question].flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) } ?? 0
    }

    /// The questions still to ask before an estimate can be made.
    public var unanswered: [EstimateQuestion] {
        EstimateQuestion.allCases.filter { question in
            // Rent is asked of tenants only.
            values[question] == nil && (question != .rent || values[.housing] == "locataire")
        }
    }
}

extension EstimateAnswers {
    /// Reads `{"en-couple": "non", "enfants": 1, "salaire": 800, …, "commune": "93066"}`.
    ///
    /// Keys are the estimate questions' names; numbers may be written as JSON numbers or strings.
    public init(json data: Data, file: String) throws(EstimateError) {
        guard let object = try? JSONSerialization.jsonObject(with: data), let fields = object as? [String: Any] else {
            throw EstimateError.answers(file: file, "is not a JSON object of answers")
        }
        self.init()
        for (key, value) in fields {
            let text: String
            switch value {
            case let number as NSNumber: text = number.stringValue
            case let string as String: text = string
            default: throw EstimateError.answers(file: file, "answer \(key.debugDescription) is neither a number nor a text")
            }
            if key == "commune" {
                commune = text
            } else if let question = EstimateQuestion(rawValue: key) {
                values[question] = text
            } else {
                let names = EstimateQuestion.allCases.map(\.rawValue).joined(separator: ", ")
                throw EstimateError.answers(file: file, "\(key.debugDescription) is not an estimate question (\(names), commune)")
            }
        }
        try check(file: file)
    }

    /// Rejects answers the estimate cannot read, naming the question.
    private func check(file: String) throws(EstimateError) {
        for (question, value) in values {
            switch question.answerKind {
            case .number:
                guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), number >= 0 else {
                    throw EstimateError.answers(file: file, "\(question.rawValue): \(value.debugDescription) is not a number of 0 or more")
                }
            case .yesNo:
                guard ["oui", "non"].contains(value) else {
                    throw EstimateError.answers(file: file, "\(question.rawValue): \(value.debugDescription) is not \"oui\" or \"non\"")
                }
            case .choice(let allowed):
                guard allowed.contains(value) else {
                    throw EstimateError.answers(
                        file: file, "\(question.rawValue): \(value.debugDescription) is not one of \(allowed.joined(separator: ", "))")
                }
            }
        }
    }
}
