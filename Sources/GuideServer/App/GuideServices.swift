import EventLog
import Foundation
import KioskWords
import ProcedureModel
import ProcedureXML
import Prometheus

/// Everything the routes share: the procedures, the event store, the running sessions, the pages.
///
/// Built once at start-up; the routes hold no business rules of their own, they pass inputs to
/// GuideEngine sessions and carry out the effects.
final class GuideServices: Sendable {
    let settings: ServerSettings
    /// The procedures as written (French).
    let library: ProcedureLibrary
    /// The same in every language the kiosk offers, by language code.
    let content: [String: LocalizedContent]
    private let french: LocalizedContent
    let conditions: [String: XPathConditions]
    let store: any EventStore
    /// Every live session, kiosk and desk: the only code that feeds them inputs.
    let runner: SessionRunner
    let pages: PageRenderer
    /// The step pages rendered so far, for these procedures (``stepPage(_:notice:)``).
    let stepPages = StepPages()
    let metrics: ServerMetrics
    /// Sound for prompts; `nil` when it cannot be made (no espeak-ng, no recordings): the kiosk stays silent.
    let audio: KioskAudio?
    let console: ConsoleServices
    /// What "now" is for every route and the idle sweep.
    let clock: GuideClock
    /// The places near the site, for the help screens; nil without a site place or a directory.
    let nearby: NearbyHelp?
    /// The kiosk sessions' estimates (OpenFisca-France), in memory only.
    let estimates: KioskEstimates

    init(
        settings: ServerSettings, library: ProcedureLibrary, store: any EventStore, pages: PageRenderer,
        metrics: ServerMetrics = ServerMetrics(registry: PrometheusCollectorRegistry()), clock: GuideClock = .system
    ) throws {
        self.settings = settings
        self.clock = clock
        self.library = library
        let content = try LocalizedContent.load(library, localesFolder: settings.localesDirectory)
            .merging(try LocalizedContent.spokenOnly(library, settings: settings)) { written, _ in written }
        self.content = content
        self.french = content["fr"] ?? LocalizedContent(language: .french, library: library, interface: InterfaceText(french: KioskText.french))
        self.store = store
        self.pages = pages
        self.metrics = metrics
        self.runner = SessionRunner(store: store, metrics: metrics, limits: settings.sessionLimits)
        self.audio = KioskAudio.make(settings)
        self.estimates = KioskEstimates(
            openFisca: settings.openFisca, commune: settings.commune, timeout: .milliseconds(Int(settings.openFiscaTimeoutSeconds * 1000)))
        self.console = try ConsoleServices(settings: settings)
        self.nearby = try NearbyHelp.load(settings)
        var conditions: [String: XPathConditions] = [:]
        for procedure in library.procedures {
            conditions[procedure.id] = try XPathConditions(procedure: procedure)
        }
        self.conditions = conditions
    }

    /// Loads the procedures under `settings.proceduresDirectory`; refuses to start on any error, since
    /// a resident must never meet a broken procedure.
    static func loadLibrary(_ settings: ServerSettings) throws -> ProcedureLibrary {
        let (library, problems) = try ProcedureLoader().loadLibrary([settings.proceduresDirectory])
        if !problems.isEmpty { throw DiagnosticList(problems) }
        if library.procedures.isEmpty {
            throw DiagnosticList([Diagnostic(file: settings.proceduresDirectory, location: .unknown, message: "no procedures found")])
        }
        return library
    }

    /// The languages the kiosk offers: French, then each with an interface translation under locales/, by code.
    var languages: [KioskLanguage] {
        [.french] + content.values.map(\.language).filter { $0.code != "fr" }.sorted { $0.code < $1.code }
    }

    /// The content in `language`, or French.
    func content(_ language: String) -> LocalizedContent {
        content[language] ?? french
    }

    /// - Parameter canCall: the page is one of a running session, whose resident may call a person.
    func frame(_ content: LocalizedContent, title: String, page: Any, canCall: Bool = false) -> PageFrame {
        PageFrame(
            // A spoken-only language's screens are in French: screen readers and fonts must know it.
            lang: content.isSpokenOnly ? "fr" : content.language.code, dir: content.language.dir, pageTitle: title, text: content.words,
            idleSeconds: settings.idleSeconds, idlePrompts: settings.idlePrompts, autoplay: settings.autoplayAudio,
            stillThereAudio: audio.map { _ in AudioPath.forWord(content.language.code, "stillThere") },
            display: PageMemory.current.map { $0.display.templateValues.merging(["back": PageMemory.page ?? "/kiosk/step"]) { $1 } },
            feedbackGiven: PageMemory.current?.feedback != nil,
            canCall: canCall, callAudio: audio.map { _ in AudioPath.forWord(content.language.code, "callPerson") },
            notReviewed: content.isReviewed ? nil : NotReviewedLine(content), page: page
        )
    }
}
