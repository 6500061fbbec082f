import EventLog
import Foundation
import GuideEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ProcedureModel
import ProcedureXML
import Synchronization
import Testing

@testable import GuideServer

/// The server on the shipped procedures and translations, with an in-memory store and a clock that
/// stands still (Sunday 6 December 2026, 11:00 in Paris) until a test moves it.
final class SheetServer: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
    /// 2026-12-06T10:00:00Z.
    static let sunday: Int64 = 1_796_551_200_000

    /// The shipped French library, read once for all tests.
    static let library = Result { () throws -> ProcedureLibrary in
        let (library, problems) = try ProcedureLoader().loadLibrary([repository.appendingPathComponent("procedures").path])
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return library
    }

    let store = MemoryEventStore()
    let now = Mutex(SheetServer.sunday)
    let publicURL: String?

    init(publicURL: String? = nil) {
        self.publicURL = publicURL
    }

    func move(minutes: Int64) {
        now.withLock { $0 += minutes * 60_000 }
    }

    func run(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-sheet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = ServerSettings(
            dataDirectory: folder.path, proceduresDirectory: Self.repository.appendingPathComponent("procedures").path,
            localesDirectory: Self.repository.appendingPathComponent("locales").path,
            recordingsDirectory: folder.appendingPathComponent("recordings").path)
        settings.publicURL = publicURL
        let app = try await buildApplication(settings, store: store, clock: .movedByHand { [self] in self.now.withLock { $0 } })
        try await app.test(.router, body)
    }
}

/// A path through a shipped procedure taken from one of its scenarios, to an outcome with papers to
/// bring and a place to go: the inputs a kiosk sends, in order.
struct ShippedWalk {
    let procedure: Procedure
    let outcome: Step
    let checklist: [String]
    /// `(action, value)` as the kiosk's forms and the API name them.
    let inputs: [(action: String, value: String?)]

    static func toPapers(in id: String) throws -> ShippedWalk {
        let library = try SheetServer.library.get()
        let procedure = try #require(library.procedure(id), "procedures/\(id).xml is missing")
        let conditions = try XPathConditions(procedure: procedure)
        for scenario in procedure.scenarios {
            let result = ScenarioRunner.run(scenario, in: procedure, conditions: conditions)
            guard result.passed, let end = result.reachedOutcome, let outcome = procedure.step(end), !result.checklist.isEmpty,
                outcome.helpPoints.contains(where: { library.helpPoints[$0.id]?.website != nil })
            else { continue }
            var visits: [String: Int] = [:]
            let inputs = result.path.dropLast().map { stepID -> (action: String, value: String?) in
                defer { visits[stepID, default: 0] += 1 }
                guard procedure.step(stepID)?.kind == .question else { return ("continue", nil) }
                let values = scenario.answers.filter { $0.step == stepID }.map(\.value)
                return ("answer", values.isEmpty ? nil : values[min(visits[stepID, default: 0], values.count - 1)])
            }
            return ShippedWalk(procedure: procedure, outcome: outcome, checklist: result.checklist, inputs: inputs)
        }
        throw TestSetupError("procedures/\(id).xml: no scenario ends with papers to bring and a help point with a website")
    }

    /// Starts at the kiosk in `language` and walks to the outcome; returns the kiosk's cookie.
    func atKiosk(_ client: any TestClientProtocol, language: String) async throws -> String {
        let started = try await client.post("/kiosk/\(language)/start", ["procedure": procedure.id])
        let cookie = try #require(started.cookie, "no kiosk cookie from /kiosk/\(language)/start")
        for input in inputs {
            var fields = ["action": input.action]
            if let value = input.value { fields["value"] = value }
            let answered = try await client.post("/kiosk/step", fields, cookie: cookie)
            #expect(answered.location == "/kiosk/step", "\(input) at \(procedure.id)")
        }
        return cookie
    }

    /// Starts through the API in `language` and walks to the outcome; returns the bearer token.
    func throughAPI(_ client: any TestClientProtocol, language: String) async throws -> String {
        let started = try await client.json("/api/v1/sessions", ["procedure": procedure.id, "locale": language])
        let token = try #require(started["token"] as? String, "no token from POST /api/v1/sessions")
        for input in inputs {
            var body = ["type": input.action]
            if let value = input.value { body["value"] = value }
            _ = try await client.json("/api/v1/session/inputs", body, token: token)
        }
        return token
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
    /// The `name=value` of the first cookie set, ready for a `Cookie` header.
    var cookie: String? { headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) } }
}

extension TestClientProtocol {
    func post(_ uri: String, _ fields: [String: String], cookie: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let cookie { headers[.cookie] = cookie }
        let body = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.value)" }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body.joined(separator: "&")))
    }

    func get(_ uri: String, cookie: String? = nil, token: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: .get, headers: headers)
    }

    /// A JSON post to the API; the answer's object.
    func json(_ uri: String, _ body: [String: String], token: String? = nil) async throws -> [String: Any] {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let token { headers[.authorization] = "Bearer \(token)" }
        let response = try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        #expect(response.status == .ok || response.status == .created, "POST \(uri) \(body): \(response.status) \(response.text)")
        return try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
    }
}

/// Text as a kiosk template writes it.
func html(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
}

extension SheetServer {
    /// What the server shows in `language`: the translated library and the kiosk's words.
    static func content(_ language: String) throws -> LocalizedContent {
        let all = try LocalizedContent.load(try library.get(), localesFolder: repository.appendingPathComponent("locales").path)
        return try #require(all[language], "no '\(language)' translation under locales/")
    }
}

extension String {
    /// The text of an HTML fragment: tags dropped, runs of white space as one space.
    var textOfHTML: String {
        replacing(/<[^>]+>/, with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
