import Foundation
import Testing

@testable import GuideServer

/// Log lines are JSON objects a log collector can read back, whatever a message holds.
@Suite struct JSONLogLineTests {
    @Test func keysAreSortedAndSpecialCharactersEscaped() throws {
        let record = ["message": "dit \"bonjour\"\n\tà\\tous\u{1}", "level": "info", "hb.request.path": "/kiosk/step"]
        let line = JSONLogHandler.line(record)
        #expect(line == #"{"hb.request.path":"/kiosk/step","level":"info","message":"dit \"bonjour\"\n\tà\\tous\u0001"}"# + "\n")
        let decoded = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
        #expect(decoded == record)
    }
}
