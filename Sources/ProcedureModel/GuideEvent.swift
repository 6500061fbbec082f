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

    /// Who, which procedure, where: the same for every event of a session, so it is kept once behind a
    /// reference that every copy shares. An event is copied and dropped at every move of the
    /// interpreter; with these six strings inline, that cost a fifth of a move.
    @usableFromInline var shared: SharedFields

    /// Random, never derived from the person.
    public var session: String {
        get { shared.fields.session }
        set { uniqueShared().fields.session = newValue }
    }
    public var procedure: String {
        get { shared.fields.procedure }
        set { uniqueShared().fields.procedure = newValue }
    }
    public var procedureVersion: String {
        get { shared.fields.procedureVersion }
        set { uniqueShared().fields.procedureVersion = newValue }
    }
    public var step: String?
    public var kind: Kind
    /// Milliseconds since 1970-01-01 UTC.
    public var time: MillisecondsSince1970
    public var channel: Channel {
        get { shared.fields.channel }
        set { uniqueShared().fields.channel = newValue }
    }
    public var site: String? {
        get { shared.fields.site }
        set { uniqueShared().fields.site = newValue }
    }
    public var terminal: String? {
        get { shared.fields.terminal }
        set { uniqueShared().fields.terminal = newValue }
    }
    public var locale: String {
        get { shared.fields.locale }
        set { uniqueShared().fields.locale = newValue }
    }
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
        let fields = SessionFields(
            session: session, procedure: procedure, procedureVersion: procedureVersion, channel: channel, site: site,
            terminal: terminal, locale: locale)
        self.init(
            shared: SharedFields(fields), step: step, kind: kind, time: time, value: value, reason: reason, count: count)
    }

    /// Another event of the session `other` belongs to: the context is shared with it, not copied, and
    /// nothing else is taken from it. Costs one retain where copying `other` and setting the rest would
    /// retain and release every field twice. Inlinable, so that the interpreter builds the event in place.
    @inlinable public init(
        sessionOf other: GuideEvent, step: String?, kind: Kind, time: MillisecondsSince1970, value: String? = nil,
        reason: String? = nil, count: Int? = nil
    ) {
        self.init(shared: other.shared, step: step, kind: kind, time: time, value: value, reason: reason, count: count)
    }

    @usableFromInline init(
        shared: SharedFields, step: String?, kind: Kind, time: MillisecondsSince1970, value: String?, reason: String?,
        count: Int?
    ) {
        self.shared = shared
        self.step = step
        self.kind = kind
        self.time = time
        self.value = value
        self.reason = reason
        self.count = count
    }

    /// The shared fields, copied first if another event holds them too (copy on write): a reader
    /// that sets them on one reused event, row after row, changes them in place.
    private mutating func uniqueShared() -> SharedFields {
        if !isKnownUniquelyReferenced(&shared) { shared = SharedFields(shared.fields) }
        return shared
    }

    public static func == (one: GuideEvent, other: GuideEvent) -> Bool {
        one.step == other.step && one.kind == other.kind && one.time == other.time && one.value == other.value
            && one.reason == other.reason && one.count == other.count
            && (one.shared === other.shared || one.shared.fields == other.shared.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(shared.fields)
        hasher.combine(step)
        hasher.combine(kind)
        hasher.combine(time)
        hasher.combine(value)
        hasher.combine(reason)
        hasher.combine(count)
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
