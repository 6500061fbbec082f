import ProcedureModel

/// The stable name of each thing `ariane check` looks for, shown in brackets at the start of its
/// message (`file:line:col: warning: [unreachable-step] …`) and explained in docs/checks.md.
///
/// An author can search the documentation for it; a script can filter on it. Names never change
/// meaning: a new check gets a new name.
public enum CheckRule: String, Sendable, CaseIterable {
    // Names that must be unique.
    case duplicateStepID = "duplicate-step-id"
    case duplicateChoiceValue = "duplicate-choice-value"
    case duplicateProcedureID = "duplicate-procedure-id"
    // What is named must exist.
    case missingStart = "missing-start"
    case missingStep = "missing-step"
    case missingDocument = "missing-document"
    case missingHelpPoint = "missing-help-point"
    case unknownOrganisation = "unknown-organisation"
    // Paths through the steps.
    case unreachableStep = "unreachable-step"
    case deadEnd = "dead-end"
    case loopWithoutExit = "loop-without-exit"
    case noWayToAnOutcome = "no-way-to-an-outcome"
    case choiceLeadsNowhere = "choice-leads-nowhere"
    case noNextWithoutCondition = "no-next-without-condition"
    case externalSimulator = "external-simulator"
    // Conditions.
    case unknownVariable = "unknown-variable"
    case variableNotAQuestion = "variable-not-a-question"
    case variableNeverAnswered = "variable-never-answered"
    case valueNotAChoice = "value-not-a-choice"
    case numberComparedWithText = "number-compared-with-text"
    // What each kind of step needs.
    case checklistWithoutDocument = "checklist-without-document"
    case outcomeWithoutResult = "outcome-without-result"
    case outcomeWithWaysOn = "outcome-with-ways-on"
    case tooFewChoices = "too-few-choices"
    case yesNoChoices = "yes-no-choices"
    case impossibleNumberRange = "impossible-number-range"
    // What the kiosk shows.
    case exampleNotAnAnswer = "example-not-an-answer"
    // Sound.
    case missingAudio = "missing-audio"
    case sayAsIgnored = "say-as-ignored"
    case audioTooLong = "audio-too-long"
    case missingRecording = "missing-recording"
    case acronymInAudio = "acronym-in-audio"
    case longNumberInAudio = "long-number-in-audio"
    // Scenarios.
    case noScenario = "no-scenario"
    case scenarioUnknownStep = "scenario-unknown-step"
    case scenarioUnknownOutcome = "scenario-unknown-outcome"
    case scenarioUnknownDocument = "scenario-unknown-document"
    case outcomeWithoutScenario = "outcome-without-scenario"
    // Sources.
    case staleSource = "stale-source"
    // Reading.
    case hardToRead = "hard-to-read"
    case longSentence = "long-sentence"
    case unexplainedAcronym = "unexplained-acronym"
    // Translations.
    case missingTranslationFile = "missing-translation-file"
    case translationFileOutOfDate = "translation-file-out-of-date"
    case unitsNoLongerInFrench = "units-no-longer-in-french"
    case spokenInFrench = "spoken-in-french"
    case outdatedTranslation = "outdated-translation"
    case arabicAudio = "arabic-audio"
    case untranslatedStrings = "untranslated-strings"
    case translationMarks = "translation-marks"
    // Estimates (`<estimate>`).
    case unknownOpenFiscaVariable = "unknown-openfisca-variable"
    case estimateAnswerUnknown = "estimate-answer-unknown"
    case estimateAnswerWrongKind = "estimate-answer-wrong-kind"
    case estimateAnswerNotAskedBefore = "estimate-answer-not-asked-before"
    case termConsistency = "term-consistency"

    /// `[unreachable-step] ` + `message`: how every message of this rule begins.
    public func message(_ message: String) -> String {
        "[\(rawValue)] \(message)"
    }
}

extension Diagnostic {
    /// A diagnostic of `rule`, its name in brackets at the start of the message.
    init(_ rule: CheckRule, file: String, location: SourceLocation, severity: Severity = .error, message: String) {
        self.init(file: file, location: location, severity: severity, message: rule.message(message))
    }
}
