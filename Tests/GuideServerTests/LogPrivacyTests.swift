import Foundation
import HummingbirdTesting
import Synchronization
import Testing

@testable import GuideServer

/// The server's log lines never carry what would let someone reach a session or read a resident's
/// answers: no kiosk, API or desk token, no answer, no report filter.
@Suite struct LogPrivacyTests {
    @Test func aWholeWalkAtTheKioskOverTheAPIAndAtADeskLeavesNoTokenAndNoAnswerInTheLogs() async throws {
        let log = LogRecords()
        let secrets = Secrets()
        try await ConsoleHarness().run(logger: log.logger) { client in
            // The kiosk, to the outcome, with an income no other request carries.
            let kiosk = try #require(try await client.post("/kiosk/fr/start", ["procedure": "essai"]).cookie)
            secrets.add(String(kiosk.dropFirst("ariane-kiosk=".count)))
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "1"], cookie: kiosk)
            _ = try await client.post("/kiosk/step", ["action": "answer", "value": "777"], cookie: kiosk)
            _ = try await client.post("/kiosk/step", ["action": "continue"], cookie: kiosk)
            // The API.
            let token = try await ApiClient.start(client)
            secrets.add(token)
            _ = try await ApiClient.send(client, token: token, #"{"type":"answer","value":"1"}"#)
            _ = try await ApiClient.send(client, token: token, #"{"type":"answer","value":"654"}"#)
            // A desk: its token is in its address.
            let marie = try await client.signIn("marie")
            let desk = try #require(try await marie.post(client, "/console/start", ["procedure": "essai", "lang": "fr"]).location)
            secrets.add(String(desk.dropFirst("/console/sessions/".count)))
            _ = try await marie.get(client, desk)
            _ = try await marie.post(client, desk + "/step", ["action": "answer", "value": "1"])
            _ = try await marie.post(client, desk + "/step", ["action": "answer", "value": "432"])
            _ = try await marie.post(client, desk + "/note", ["category": "language", "note": "Mme Z. ne lit pas"])
            _ = try await marie.get(client, "/console/sessions/not-a-real-token-9f8e7d")
        }
        let lines = log.all.map { record in ([record.message] + record.metadata.map { "\($0.key)=\($0.value)" }).joined(separator: " ") }
        // Requests are logged, by their route.
        #expect(lines.contains { $0.contains("hb.request.route=/console/sessions/{token}/step") })
        for secret in secrets.all + ["Mme Z.", "not-a-real-token-9f8e7d"] {
            #expect(!lines.contains { $0.contains(secret) }, "\(secret) is in the log")
        }
        // The answers are short numbers: found alone, not inside a request's random hexadecimal id.
        for answer in ["777", "654", "432"] {
            #expect(!lines.contains { standsAlone(answer, in: $0) }, "\(answer) is in the log")
        }
    }
}

/// What the test gathers as it goes, to look for afterwards.
private final class Secrets: Sendable {
    private let values = Mutex<[String]>([])
    func add(_ value: String) { values.withLock { $0.append(value) } }
    var all: [String] { values.withLock { $0 } }
}

/// Whether `word` is in `line` with no hexadecimal digit right before or after it.
private func standsAlone(_ word: String, in line: String) -> Bool {
    let isHex: (Character) -> Bool = { $0.isHexDigit }
    var rest = line[...]
    while let range = rest.range(of: word) {
        let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : nil
        let after = range.upperBound < line.endIndex ? line[range.upperBound] : nil
        if !(before.map(isHex) ?? false), !(after.map(isHex) ?? false) { return true }
        rest = line[line.index(after: range.lowerBound)...]
    }
    return false
}
