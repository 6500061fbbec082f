import EventLog
import Foundation
import GuideServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ProcedureModel

/// A kiosk on a procedure made for these tests: a whole number (people), a number with decimals
/// (hours), and an outcome with a web address and a phone number; in French, in English (the
/// shipped interface words only) and in Arabic (the procedure translated too).
struct TouchKiosk {
    let store = MemoryEventStore()
    let folder: URL

    static let procedure = """
        <?xml version="1.0" encoding="UTF-8"?>
        <procedure xmlns="urn:ariane:procedure:1" id="compter" theme="famille" version="1" xml:lang="fr">
          <title>Compter</title>
          <source href="https://www.service-public.fr/" checked="2026-11-27"/>
          <start step="foyer"/>
          <step id="foyer" kind="question" answer="number" min="1" max="20" unit="personnes" whole="true" example="3">
            <text>Combien de personnes vivent chez vous ?</text>
            <audio>Combien de personnes vivent chez vous ?</audio>
            <next step="heures"/>
          </step>
          <step id="heures" kind="question" answer="number" min="0" max="80" unit="heures" example="17,5">
            <text>Combien d'heures travaillez-vous par semaine ?</text>
            <audio>Combien d'heures travaillez-vous par semaine ?</audio>
            <next step="fin"/>
          </step>
          <step id="fin" kind="outcome" result="eligible">
            <text>Allez sur www.caf.fr ou appelez le 32 30.</text>
            <audio>Allez sur le site de la caf.</audio>
          </step>
          <scenario name="trois personnes">
            <answer step="foyer" value="3"/><answer step="heures" value="17,5"/>
            <expect outcome="fin"/>
          </scenario>
        </procedure>
        """

    static let arabic = [
        ("procedure.title", "Compter", "العدّ"),
        ("step.foyer.text", "Combien de personnes vivent chez vous ?", "كم شخصًا يعيش معك؟"),
        ("step.foyer.unit", "personnes", "أشخاص"),
        ("step.foyer.example", "3", "3"),
        ("step.fin.text", "Allez sur www.caf.fr ou appelez le 32 30.", "اذهب إلى www.caf.fr أو اتصل بالرقم 32 30."),
    ]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-touch-\(UUID().uuidString)")
        let arabicFolder = folder.appendingPathComponent("locales/ar")
        let englishFolder = folder.appendingPathComponent("locales/en")
        try FileManager.default.createDirectory(at: arabicFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: englishFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("locales/en/interface.xlf"), to: englishFolder.appendingPathComponent("interface.xlf"))
        try Self.procedure.write(to: folder.appendingPathComponent("compter.xml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("locales/ar/interface.xlf"), to: arabicFolder.appendingPathComponent("interface.xlf"))
        let units = Self.arabic.map { id, source, target in
            #"<trans-unit id="\#(id)"><source>\#(source)</source><target state="translated">\#(target)</target></trans-unit>"#
        }
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="procedures/compter.xml" source-language="fr" target-language="ar" datatype="xml"><body>
            \(units.joined(separator: "\n"))
              </body></file>
            </xliff>
            """
        try xliff.write(to: arabicFolder.appendingPathComponent("compter.xlf"), atomically: true, encoding: .utf8)
    }

    /// The checkout this test file sits in.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// `locales`: the translations to serve (the fixture's by default; the shipped ones with the shipped
    /// procedures, since a language offers only the procedures translated in full).
    func run(procedures: String? = nil, locales: String? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let settings = ServerSettings(
            dataDirectory: folder.appendingPathComponent("data").path, proceduresDirectory: procedures ?? folder.path,
            localesDirectory: locales ?? folder.appendingPathComponent("locales").path,
            recordingsDirectory: folder.appendingPathComponent("recordings").path)
        let app = try await buildApplication(settings, store: store)
        try await app.test(.router, body)
    }

    func events() async throws -> [GuideEvent] {
        var all: [GuideEvent] = []
        try await store.forEachEvent(matching: .all) { all.append($0) }
        return all
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
    var cookie: String? { headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) } }
}

extension TestClientProtocol {
    func post(_ uri: String, _ fields: [(String, String)], cookie: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let cookie { headers[.cookie] = cookie }
        let body = fields.map { key, value in "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)" }
            .joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func get(_ uri: String, cookie: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: .get, headers: headers)
    }

    /// A kiosk session on the test procedure, in `language`: its cookie.
    func startCounting(_ language: String = "fr") async throws -> String {
        let started = try await post("/kiosk/\(language)/start", [("procedure", "compter")])
        guard let cookie = started.cookie else { throw TouchTestError("no kiosk cookie after starting 'compter' in \(language)") }
        return cookie
    }
}

struct TouchTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
