/// Something that happened in a guided session: the raw material of the blockage log.
///
/// Carries no name and no free text typed by a resident. `value` is the chosen answer, and only for
/// questions not marked sensitive.
public struct GuideEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case sessionStarted = "session-started"
        case stepEntered = "step-entered"
        case answered
        case back
        case helpAsked = "help-asked"
        case glossaryOpened = "glossary-opened"
        case audioPlayed = "audio-played"
        case audioReplayed = "audio-replayed"
        /// Nothing touched before the re-prompt delay; `count` says which re-prompt this is.
        case noInput = "no-input"
        case inputRejected = "input-rejected"
        case timedOut = "timed-out"
        case abandoned
        case handedOff = "handed-off"
        case workerNote = "worker-note"
        case resumed
        case completed
        /// The one-tap "did this help?" at the end: `value` is `good`, `neutral` or `bad`.
        case feedback
        /// The resident touched "Je veux parler à quelqu'un": the workers at the site see a call.
        case mediatorCalled = "mediator-called"
        /// A worker accepted that call and took the session over; a `resumed` follows.
        case mediatorAnswered = "mediator-answered"
        /// The kiosk showed an estimate before the step: `value` names the benefits (OpenFisca variables,
        /// space-separated), never an amount, which the person's answers would give away.
        case estimateShown = "estimate-shown"
        /// No estimate could be shown and the step's own text stands: `reason` says why (``EstimateFallback``),
        /// `value` names the benefits asked for.
        case estimateFellBack = "estimate-fallback"
    }

    /// Random, never derived from the person.
    public var session: String
    public var procedure: String
    public var procedureVersion: String
    public var step: String?
    public var kind: Kind
    /// Milliseconds since 1970-01-01 UTC.
    public var time: MillisecondsSince1970
    public var channel: Channel
    public var site: String?
    public var terminal: String?
    public var locale: String
    /// The answer (non-sensitive questions only), the outcome step of `completed`, the step gone back to.
    public var value: String?
    /// Why input was rejected, or a worker's blockage category: a fixed vocabulary, never free text.
    public var reason: String?
    /// Re-prompt number for `no-input`, steps gone back for `back`.
    public var count: Int?

    public init(
        session: String, procedure: String, procedureVersion: String, step: String?, kind: Kind, time: MillisecondsSince1970,
        channel: Channel, site: String? = nil, terminal: String? = nil, locale: String, value: String? = nil,
        reason: String? = nil, count: Int? = nil
    ) {
        self.session = session
        self.procedure = procedure
        self.procedureVersion = procedureVersion
        self.step = step
        self.kind = kind
        self.time = time
        self.channel = channel
        self.site = site
        self.terminal = terminal
        self.locale = locale
        self.value = value
        self.reason = reason
        self.count = count
    }
}

/// How the person reached Ariane.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Alone at a touch kiosk.
    case kiosk
    /// Beside a social worker or mediator.
    case assisted
    /// `ariane run` in a terminal.
    case terminal
}

/// Why a kiosk showed no estimate: a fixed list, so analysts can count it.
public enum EstimateFallback: String, Sendable, Hashable, Codable, CaseIterable {
    /// OpenFisca did not answer within the time allowed.
    case timedOut = "timed-out"
    /// OpenFisca could not be reached, or answered an error or something unreadable.
    case error
    /// The server runs without `--openfisca`.
    case notConfigured = "not-configured"
}

/// Why a worker says the resident is blocked: a fixed list, so analysts can count it.
public enum BlockageCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case missingDocument = "missing-document"
    case noEmailOrPhone = "no-email-or-phone"
    case language
    case digitalSkills = "digital-skills"
    case eligibilityUnclear = "eligibility-unclear"
    case officialSiteDown = "official-site-down"
    case other
}
