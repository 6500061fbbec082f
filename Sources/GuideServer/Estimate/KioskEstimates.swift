import Estimates
import Foundation
import GuideEngine
import Logging
import ProcedureModel

/// The estimates of the kiosk's sessions, by session token: the shared estimate answers, the estimator
/// with its cache, and where each estimate step stands. In memory only; a session's entry goes when
/// the session does, and no answer is ever written anywhere.
actor KioskEstimates {
    /// Where one step's estimate stands.
    enum Stage: Sendable {
        case asking(EstimateQuestion)
        case computing
        case shown(EstimateResult)
        /// No estimate: the step's own text stands (no `--openfisca`, an error, too slow).
        case fallback(EstimateFallback)
    }

    private struct Entry {
        var answers: EstimateAnswers
        var estimator: Estimator
        var stages: [String: Stage] = [:]
        var touched = ContinuousClock.now
    }

    /// How long the answers of a session nobody touches stay in memory: longer than any kiosk session
    /// lasts untouched before the idle sweep ends it.
    static let forgottenAfter = Duration.seconds(3600)

    let client: OpenFiscaClient?
    let commune: String?
    private var entries: [String: Entry] = [:]

    init(openFisca url: String?, commune: String?, timeout: Duration = .seconds(10)) {
        self.client = url.map { OpenFiscaClient(url: $0, timeout: timeout) }
        self.commune = commune
    }

    /// Where the estimate of the session's current step stands; `nil` when the step has no estimate
    /// or the person has seen it already (the step page then shows as usual).
    func stage(token: String, session: Session, seen: Bool = false) -> Stage? {
        guard let step = session.currentStep, let estimate = step.estimate else { return nil }
        let key = Self.key(session, step)
        guard let client else { return .fallback(.notConfigured) }
        forgetUntouched()
        var entry = entries[token] ?? Entry(answers: EstimateAnswers(commune: commune), estimator: Estimator(client: client))
        entry.touched = .now
        // What the procedure already asked is not asked again.
        for use in estimate.uses where entry.answers[use.question] == nil {
            switch session.answers[use.answer] {
            case .text(let value)?: entry.answers[use.question] = value
            case .number(let value)?: entry.answers[use.question] = String(value)
            case nil: break
            }
        }
        defer { entries[token] = entry }
        if let stage = entry.stages[key] { return stage }
        if let question = entry.answers.unanswered.first { return .asking(question) }
        entry.stages[key] = .computing
        let answers = entry.answers
        let estimator = entry.estimator
        let variables = estimate.benefits.map(\.variable)
        let period = Situation.period(of: Date())
        Task {
            let stage: Stage
            do {
                stage = .shown(try await estimator.estimate(answers, variables: variables, period: period))
            } catch {
                // What failed and where (the web API's address), never the answers.
                Logger(label: "ariane.estimates").warning("estimate not made, the step shows its own text: \(error)")
                if case .timedOut? = error as? EstimateError { stage = .fallback(.timedOut) } else { stage = .fallback(.error) }
            }
            self.settle(token: token, key: key, stage)
        }
        return .computing
    }

    /// Keeps an answer to an estimate question, for every procedure of the session.
    func answer(token: String, _ question: EstimateQuestion, _ value: String) {
        guard let client else { return }
        var entry = entries[token] ?? Entry(answers: EstimateAnswers(commune: commune), estimator: Estimator(client: client))
        entry.answers[question] = value
        entries[token] = entry
    }

    /// The person has read the estimate (or its fallback) and goes on to the step's question.
    func markSeen(token: String, session: Session) {
        guard let step = session.currentStep else { return }
        seen.insert(token + "|" + Self.key(session, step))
    }

    func hasSeen(token: String, session: Session) -> Bool {
        guard let step = session.currentStep else { return true }
        return seen.contains(token + "|" + Self.key(session, step))
    }

    private var seen: Set<String> = []

    /// Whether this is the first time `what` happens at the session's current step: the first "Je
    /// calcule…" page (said aloud; its reloads are not), the first showing of a result or a fallback (logged once).
    func isFirst(_ what: String, token: String, session: Session) -> Bool {
        guard let step = session.currentStep else { return false }
        return once.insert(token + "|" + Self.key(session, step) + "|" + what).inserted
    }

    private var once: Set<String> = []

    /// Forgets a session: its answers and results leave memory with it.
    func forget(token: String) {
        entries[token] = nil
        seen = seen.filter { !$0.hasPrefix(token + "|") }
        once = once.filter { !$0.hasPrefix(token + "|") }
    }

    private func forgetUntouched() {
        let now = ContinuousClock.now
        for (token, entry) in entries where now - entry.touched > Self.forgottenAfter { forget(token: token) }
    }

    private func settle(token: String, key: String, _ stage: Stage) {
        entries[token]?.stages[key] = stage
    }

    private static func key(_ session: Session, _ step: Step) -> String {
        session.procedure.id + "/" + step.id
    }
}

extension KioskEstimates {
    /// Whether the step page should first go by the estimate screens: the step has an estimate and the
    /// person has not been through them yet for this step. Without `--openfisca` they only log the fallback.
    func needsDetour(token: String, session: Session) -> Bool {
        session.currentStep?.estimate != nil && !hasSeen(token: token, session: session)
    }
}
