import ArianeTestFixtures
import EventLog
import Foundation
import GuideServer
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

/// A server on the fixture procedures with an in-memory event store, and a tiny cookie jar.
struct KioskHarness {
    let store = MemoryEventStore()
    let folder: URL

    /// With `voices`, the kiosk gets the shipped voice settings and speaks through espeak-ng.
    init(voices: Bool = false) throws {
        folder = try fixtureFolder()
        if voices {
            let locales = folder.appendingPathComponent("locales")
            try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
            let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../locales/speech.json").standardized
            try FileManager.default.copyItem(at: shipped, to: locales.appendingPathComponent("speech.json"))
        }
    }

    var settings: ServerSettings {
        ServerSettings(
            dataDirectory: folder.appendingPathComponent("data").path, proceduresDirectory: folder.path,
            localesDirectory: folder.appendingPathComponent("locales").path,
            recordingsDirectory: folder.appendingPathComponent("recordings").path
        )
    }

    func run(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try await buildApplication(settings, store: store)
        try await app.test(.router, body)
    }

    /// Offers Arabic as the kiosk ships it (`locales/ar/interface.xlf`), with the fixture procedure's
    /// words translated by `units`.
    func offerArabic(_ units: [XLIFF.Unit]) throws {
        let arabic = folder.appendingPathComponent("locales/ar")
        try FileManager.default.createDirectory(at: arabic, withIntermediateDirectories: true)
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../locales/ar/interface.xlf").standardized
        try FileManager.default.copyItem(at: shipped, to: arabic.appendingPathComponent("interface.xlf"))
        try XLIFF.file(original: "procedures/essai.xml", language: "ar", units)
            .write(to: arabic.appendingPathComponent("essai.xlf"), atomically: true, encoding: .utf8)
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

    /// The `name=value` of the first cookie set, ready for a `Cookie` header.
    var cookie: String? {
        headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) }
    }
}

/// A form post as a browser sends it.
func form(_ fields: [String: String]) -> (HTTPFields, ByteBuffer) {
    var headers = HTTPFields()
    headers[.contentType] = "application/x-www-form-urlencoded"
    let body = fields.sorted { $0.key < $1.key }.map { key, value in
        "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
    }.joined(separator: "&")
    return (headers, ByteBuffer(string: body))
}

extension TestClientProtocol {
    func post(_ uri: String, _ fields: [String: String], cookie: String? = nil) async throws -> TestResponse {
        var (headers, body) = form(fields)
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: .post, headers: headers, body: body)
    }

    func get(_ uri: String, cookie: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: .get, headers: headers)
    }
}

/// Translation files (XLIFF 1.2) as the kiosk reads them from `locales/<lang>/`.
enum XLIFF {
    /// One translated string: its id, the French source and the translation.
    typealias Unit = (id: String, source: String, target: String)

    static func file(original: String, language: String, _ units: [Unit]) -> String {
        let body = units.map { unit in
            #"<trans-unit id="\#(unit.id)"><source>\#(unit.source)</source><target state="translated">\#(unit.target)</target></trans-unit>"#
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="\(original)" source-language="fr" target-language="\(language)" datatype="xml"><body>
            \(body)
              </body></file>
            </xliff>
            """
    }
}
