import Foundation
import Testing

@testable import GuideServer

/// The log's time, written by hand for speed, is what Foundation's ISO 8601 format style writes.
@Suite struct JSONLogTimeTests {
    @Test(arguments: [0, 951_782_400, 1_704_067_199, 1_796_591_325, 4_102_444_800])
    func theTimeIsWrittenAsFoundationWritesIt(seconds: Int) {
        let written = JSONLogHandler.iso8601(seconds: time_t(seconds))
        #expect(written == Date(timeIntervalSince1970: Double(seconds)).formatted(.iso8601))
    }

    @Test func aKnownInstantIsWrittenToTheSecondInUTC() {
        #expect(JSONLogHandler.iso8601(seconds: 1_796_591_325) == "2026-12-06T21:08:45Z")
    }
}
