import EventLog
import Foundation
import ProcedureModel
import Testing

/// The compact body of a site's batch: every event comes back as it went, and a damaged body is
/// refused with the byte where it goes wrong.
@Suite struct SiteEventBinaryBatchTests {
    let events = [
        SiteEvent(
            sequence: 7,
            event: GuideEvent(
                session: "s-1", procedure: "css", procedureVersion: "2026-11", step: "étape-2", kind: .answered, time: 1_793_606_400_000,
                channel: .kiosk, site: "lyon", terminal: "borne-1", locale: "fr", value: "2", reason: nil, count: 3)),
        // Every optional field missing, a time before the previous one, a gap in the sequences.
        SiteEvent(
            sequence: 12,
            event: GuideEvent(
                session: "s-2", procedure: "css", procedureVersion: "2026-11", step: nil, kind: .sessionStarted, time: 5, channel: .assisted, locale: "ar")),
        SiteEvent(
            sequence: 13,
            event: GuideEvent(
                session: "s-1", procedure: "css", procedureVersion: "2026-11", step: "", kind: .back, time: 9_007_199_254_740_991,
                channel: .terminal, site: "lyon", terminal: "", locale: "fr", value: "\u{0}\n\"", reason: "missing-document", count: -4)),
    ]

    @Test func everyEventComesBackAsItWent() throws {
        let body = SiteEventBinaryBatch.encode(events)
        #expect(try SiteEventBinaryBatch.decode(body) == events)
        #expect(try SiteEventBinaryBatch.decode(SiteEventBinaryBatch.encode([])) == [])
    }

    @Test func eachTextIsWrittenOnce() throws {
        let many = (1...1_000).map { SiteEvent(sequence: Int64($0), event: events[0].event) }
        let body = SiteEventBinaryBatch.encode(many)
        // 14 bytes an event once the texts are written: sequence, time, eleven texts and count.
        #expect(body.count < 1_000 * 14 + 100)
        #expect(try SiteEventBinaryBatch.decode(body) == many)
    }

    @Test func aDamagedBodyIsRefusedWithWhereItGoesWrong() throws {
        let body = SiteEventBinaryBatch.encode(events)
        #expect(throws: SiteEventBinaryBatch.Unreadable(offset: 0, problem: "not a batch of site events (it does not start with 'ariane-site-events')")) {
            try SiteEventBinaryBatch.decode(Data("{\"events\": []}".utf8))
        }
        var otherVersion = body
        otherVersion[18] = 2
        #expect(throws: SiteEventBinaryBatch.Unreadable(offset: 18, problem: "version 2 of the site events format; this server reads version 1")) {
            try SiteEventBinaryBatch.decode(otherVersion)
        }
        #expect(throws: SiteEventBinaryBatch.Unreadable(offset: body.count - 1, problem: "the body ends too soon")) {
            try SiteEventBinaryBatch.decode(body.dropLast())
        }
        #expect(throws: SiteEventBinaryBatch.Unreadable(offset: body.count, problem: "1 bytes after the last event")) {
            try SiteEventBinaryBatch.decode(body + [0])
        }
        // One event whose session is text number 5 of a batch of one text.
        var wrongText = Data("ariane-site-events".utf8) + [1, 1, 1, UInt8(ascii: "a"), 1]
        wrongText += [2, 2, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        #expect(throws: SiteEventBinaryBatch.Unreadable(offset: 23, problem: "text number 5, but the batch has 1 texts")) {
            try SiteEventBinaryBatch.decode(wrongText)
        }
        // A batch claiming a million events in a few bytes is refused before anything is reserved for them.
        let boasting = Data("ariane-site-events".utf8) + [1, 0, 0xC0, 0x84, 0x3D]
        #expect(throws: SiteEventBinaryBatch.Unreadable(offset: 20, problem: "1000000 events cannot fit in the 0 bytes left")) {
            try SiteEventBinaryBatch.decode(boasting)
        }
    }

    /// Central servers keep digests: a digest that changed would turn every replay into a refusal.
    @Test func theDigestOfAnEventNeverChanges() {
        let hex = { (data: Data) in data.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SiteEventDigest.of(events[0].event)) == "57c532e8828e3d4fc5f7ab93fc345c20a4ac06dbfac966022c9dc6019fe5f783")
        let started = GuideEvent(
            session: "s-1", procedure: "css", procedureVersion: "2026-11", step: nil, kind: .sessionStarted, time: 5, channel: .assisted, site: "lyon",
            locale: "fr")
        #expect(hex(SiteEventDigest.of(started)) == "8a52fc78bd3ace895629c347e446a0fbcea4162f5ca1b74fed072cd120d37fa6")
    }
}
