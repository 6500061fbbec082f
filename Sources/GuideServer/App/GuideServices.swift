import EventLog
import Foundation
import ProcedureModel
import ProcedureXML

/// Everything the routes share: the procedures, the event store, the running sessions, the pages.
///
/// Built once at start-up; the routes hold no business rules of their own, they pass inputs to
/// GuideEngine sessions and carry out the effects.
final class GuideServices: Sendable {
    let settings: ServerSettings
    let library: ProcedureLibrary
    let conditions: [String: XPathConditions]
    let store: any EventStore
    let kiosks = KioskSessions()
    let pages: PageRenderer
    let console: ConsoleServices

    init(settings: ServerSettings, library: ProcedureLibrary, store: any EventStore, pages: PageRenderer) throws {
        self.settings = settings
        self.library = library
        self.store = store
        self.pages = pages
        self.console = try ConsoleServices(settings: settings)
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

    /// The languages the kiosk offers: the procedures' own, and those with a folder under locales/.
    var languages: [KioskLanguage] {
        KioskLanguage.known.filter { language in
            library.procedures.contains { $0.language == language.code }
                || FileManager.default.fileExists(atPath: settings.localesDirectory + "/" + language.code)
        }
    }

    func frame(_ language: KioskLanguage, title: String, page: Any) -> PageFrame {
        PageFrame(
            lang: language.code, dir: language.dir, pageTitle: title, text: KioskText(),
            idleSeconds: settings.idleSeconds, idlePrompts: settings.idlePrompts, autoplay: settings.autoplayAudio,
            stillThereAudio: nil, page: page
        )
    }
}
