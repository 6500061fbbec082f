import Foundation
import GuideServer
import Hummingbird
import HummingbirdTesting
import ProcedureModel
import Testing

/// The kiosk clients' JSON API, including its refusals.
@Suite struct ApiRouteTests {
    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func post(_ client: any TestClientProtocol, _ uri: String, _ body: String, token: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func get(_ client: any TestClientProtocol, _ uri: String, token: String?) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    @Test func listsProcedures() async throws {
        try await KioskHarness().run { client async throws in
            let response = try await client.execute(uri: "/api/v1/procedures", method: .get)
            #expect(response.status == .ok)
            let procedures = try #require(try json(response)["procedures"] as? [[String: Any]])
            #expect(procedures.map { $0["id"] as? String } == ["essai"])
            #expect(procedures.first?["title"] as? String == "Démarche d'essai")
        }
    }

    @Test func aSessionFromStartToOutcome() async throws {
        let harness = try KioskHarness()
        try await harness.run { client async throws in
            let created = try await post(client, "/api/v1/sessions", #"{"procedure":"essai","locale":"fr"}"#)
            #expect(created.status == .created)
            let body = try json(created)
            let token = try #require(body["token"] as? String)
            #expect(token.count == 64)
            let step = try #require(body["step"] as? [String: Any])
            #expect(step["id"] as? String == "foyer")
            #expect((step["audio"] as? [String: Any])?["text"] as? String == "Combien de personnes vivent chez vous ?")
            #expect((step["choices"] as? [[String: Any]])?.map { $0["value"] as? String } == ["1", "2+"])

            let refused = try json(try await post(client, "/api/v1/session/inputs", #"{"type":"answer","value":"7"}"#, token: token))
            #expect((refused["rejected"] as? [String: Any])?["code"] as? String == "not-a-choice")
            #expect((refused["step"] as? [String: Any])?["id"] as? String == "foyer")

            _ = try await post(client, "/api/v1/session/inputs", #"{"type":"answer","value":"1"}"#, token: token)
            let help = try json(try await post(client, "/api/v1/session/inputs", #"{"type":"help"}"#, token: token))
            #expect((help["help"] as? [String: Any]) != nil)
            _ = try await post(client, "/api/v1/session/inputs", #"{"type":"answer","value":"850"}"#, token: token)
            let last = try json(try await post(client, "/api/v1/session/inputs", #"{"type":"continue"}"#, token: token))
            #expect(last["state"] as? String == "finished")
            let outcome = try #require(last["outcome"] as? [String: Any])
            #expect(outcome["result"] as? String == "eligible")
            #expect(outcome["documents"] as? [String] == ["identite"])
            #expect(last["path"] as? [String] == ["foyer", "revenus", "papiers", "ok"])
        }
        #expect(try await harness.events().last?.kind == .completed)
    }

    @Test func refusals() async throws {
        try await KioskHarness().run { client async throws in
            #expect(try await post(client, "/api/v1/sessions", #"{"procedure":"nope"}"#).status == .notFound)
            #expect(try await post(client, "/api/v1/sessions", #"{"procedure":"essai","locale":"xx"}"#).status == .notFound)
            #expect(try await post(client, "/api/v1/sessions", #"{"procedure":"essai","locale":""}"#).status == .badRequest)
            #expect(try await post(client, "/api/v1/sessions", #"{"procedure":"#).status == .badRequest)
            #expect(try await get(client, "/api/v1/session", token: nil).status == .unauthorized)
            let unknown = try await get(client, "/api/v1/session", token: String(repeating: "0", count: 64))
            #expect(unknown.status == .unauthorized)
            #expect(unknown.headers[.wwwAuthenticate] == #"Bearer error="invalid_token""#)
            let token = try #require(try json(try await post(client, "/api/v1/sessions", #"{"procedure":"essai"}"#))["token"] as? String)
            #expect(try await post(client, "/api/v1/session/inputs", #"{"type":"fly"}"#, token: token).status == .badRequest)
            #expect(try await post(client, "/api/v1/session/inputs", #"{"type":"back","steps":0}"#, token: token).status == .badRequest)
            #expect(try await client.execute(uri: "/api/v1/sessions", method: .put).headers[.allow] == "POST")
            #expect(try await client.execute(uri: "/api/v1/session", method: try #require(HTTPRequest.Method("QUERY"))).status == .methodNotAllowed)
            var headers = HTTPFields()
            headers[.authorization] = "Bearer \(token)"
            #expect(try await client.execute(uri: "/api/v1/session", method: .delete, headers: headers).status == .noContent)
            #expect(try await get(client, "/api/v1/session", token: token).status == .unauthorized)
        }
    }

    @Test func metricsCountSessions() async throws {
        try await KioskHarness().run { client async throws in
            _ = try await post(client, "/api/v1/sessions", #"{"procedure":"essai"}"#)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            let text = String(buffer: metrics.body)
            #expect(text.contains(#"ariane_sessions_started_total{channel="kiosk"} 1"#))
            #expect(text.contains("# HELP ariane_sessions_completed_total Sessions that reached an outcome."))
        }
    }
}
