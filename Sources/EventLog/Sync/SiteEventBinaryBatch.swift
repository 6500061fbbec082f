public import Foundation
import ProcedureModel

/// The compact body of `POST /api/v1/sync/events`, sent with the content type ``contentType``: a
/// batch of a site's events in which every text is written once and every number in as few bytes as
/// it needs.
///
/// In JSON each of the 2 000 events of a batch spelled every field name and every text again (its
/// session, procedure, site, terminal…): about 300 bytes an event, and writing and reading them took
/// most of the CPU of a drain, on the sites and on the central. Here an event takes about 15 bytes,
/// and the central decodes each distinct text of a batch once, the events sharing it.
///
/// Version 1, in this order (every integer is an unsigned LEB128 varint; a signed one is zigzag-encoded first):
/// 1. the 18 bytes `ariane-site-events`, then the version, 1;
/// 2. the number of texts, then each text: its length in UTF-8 bytes and the bytes;
/// 3. the number of events, then for each: its sequence and its time as signed differences from the
///    previous event's (from 0 for the first); the numbers of the texts of its session, procedure,
///    procedure version, kind, channel and locale; for step, site, terminal, value and reason, 0 when it
///    has none, else the text's number + 1; for count, 0 when it has none, else its value, zigzag-encoded, + 1.
///
/// The central still takes JSON (``SiteEventBatch``), from sites not updated yet.
public enum SiteEventBinaryBatch {
    public static let contentType = "application/vnd.ariane.site-events"
    static let magic = Array("ariane-site-events".utf8)
    static let version: UInt8 = 1

    /// Why a body is not a batch in this format, and at which byte.
    public struct Unreadable: Error, Sendable, Hashable, CustomStringConvertible {
        public var offset: Int
        public var problem: String

        public init(offset: Int, problem: String) {
            self.offset = offset
            self.problem = problem
        }

        public var description: String { "byte \(offset): \(problem)" }
    }

    public static func encode(_ events: [SiteEvent]) -> Data {
        var texts: [String] = []
        var numbers: [String: UInt64] = [:]
        func number(_ text: String) -> UInt64 {
            if let known = numbers[text] { return known }
            let new = UInt64(texts.count)
            numbers[text] = new
            texts.append(text)
            return new
        }
        func optionalNumber(_ text: String?) -> UInt64 { text.map { number($0) + 1 } ?? 0 }

        var body: [UInt8] = []
        body.reserveCapacity(events.count * 20)
        append(UInt64(events.count), to: &body)
        var (sequence, time): (Int64, Int64) = (0, 0)
        for item in events {
            let event = item.event
            append(zigzag(item.sequence &- sequence), to: &body)
            append(zigzag(event.time &- time), to: &body)
            (sequence, time) = (item.sequence, event.time)
            // Field by field rather than over an array of them: no array to allocate for each event.
            append(number(event.session), to: &body)
            append(number(event.procedure), to: &body)
            append(number(event.procedureVersion), to: &body)
            append(number(event.kind.rawValue), to: &body)
            append(number(event.channel.rawValue), to: &body)
            append(number(event.locale), to: &body)
            append(optionalNumber(event.step), to: &body)
            append(optionalNumber(event.site), to: &body)
            append(optionalNumber(event.terminal), to: &body)
            append(optionalNumber(event.value), to: &body)
            append(optionalNumber(event.reason), to: &body)
            append(event.count.map { zigzag(Int64($0)) &+ 1 } ?? 0, to: &body)
        }

        var bytes = magic
        bytes.reserveCapacity(magic.count + 1 + texts.count * 16 + body.count)
        bytes.append(version)
        append(UInt64(texts.count), to: &bytes)
        for text in texts {
            append(UInt64(text.utf8.count), to: &bytes)
            bytes.append(contentsOf: text.utf8)
        }
        bytes.append(contentsOf: body)
        return Data(bytes)
    }

    public static func decode(_ data: Data) throws(Unreadable) -> [SiteEvent] {
        let result: Result<[SiteEvent], Unreadable> = data.withUnsafeBytes { bytes in
            Result { () throws(Unreadable) in try decode(bytes) }
        }
        return try result.get()
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) throws(Unreadable) -> [SiteEvent] {
        var reader = Reader(bytes: bytes)
        guard bytes.count > magic.count, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw Unreadable(offset: 0, problem: "not a batch of site events (it does not start with 'ariane-site-events')")
        }
        reader.offset = magic.count
        let version = try reader.byte()
        guard version == Self.version else {
            throw Unreadable(offset: magic.count, problem: "version \(version) of the site events format; this server reads version \(Self.version)")
        }
        // Each text takes at least one byte, each event at least fourteen: a count past what is left is a lie.
        let textCount = try reader.count(each: 1, of: "texts")
        var texts: [String] = []
        texts.reserveCapacity(textCount)
        for _ in 0..<textCount { texts.append(try reader.text()) }
        let kinds = texts.map(GuideEvent.Kind.init(rawValue:))
        let channels = texts.map(Channel.init(rawValue:))

        func text(_ number: UInt64, at offset: Int) throws(Unreadable) -> String {
            guard number < UInt64(texts.count) else {
                throw Unreadable(offset: offset, problem: "text number \(number), but the batch has \(texts.count) texts")
            }
            return texts[Int(number)]
        }
        func optionalText(at offset: Int, _ number: UInt64) throws(Unreadable) -> String? {
            number == 0 ? nil : try text(number - 1, at: offset)
        }

        let eventCount = try reader.count(each: 14, of: "events")
        var events: [SiteEvent] = []
        events.reserveCapacity(eventCount)
        var (sequence, time): (Int64, Int64) = (0, 0)
        for _ in 0..<eventCount {
            let start = reader.offset
            sequence = sequence &+ unzigzag(try reader.varint())
            time = time &+ unzigzag(try reader.varint())
            let (session, procedure, version) = (
                try text(try reader.varint(), at: start), try text(try reader.varint(), at: start), try text(try reader.varint(), at: start)
            )
            let (kindNumber, channelNumber) = (try reader.varint(), try reader.varint())
            _ = try text(kindNumber, at: start)
            _ = try text(channelNumber, at: start)
            guard let kind = kinds[Int(kindNumber)], let channel = channels[Int(channelNumber)] else {
                throw Unreadable(offset: start, problem: "the kind '\(texts[Int(kindNumber)])' or the channel '\(texts[Int(channelNumber)])' is unknown")
            }
            let locale = try text(try reader.varint(), at: start)
            let step = try optionalText(at: start, try reader.varint())
            let site = try optionalText(at: start, try reader.varint())
            let terminal = try optionalText(at: start, try reader.varint())
            let value = try optionalText(at: start, try reader.varint())
            let reason = try optionalText(at: start, try reader.varint())
            var count: Int?
            let countNumber = try reader.varint()
            if countNumber > 0 {
                let value = unzigzag(countNumber - 1)
                guard let exact = Int(exactly: value) else { throw Unreadable(offset: start, problem: "count \(value) is not an integer of this machine") }
                count = exact
            }
            let event = GuideEvent(
                session: session, procedure: procedure, procedureVersion: version, step: step, kind: kind, time: time, channel: channel,
                site: site, terminal: terminal, locale: locale, value: value, reason: reason, count: count)
            events.append(SiteEvent(sequence: sequence, event: event))
        }
        guard reader.offset == bytes.count else {
            throw Unreadable(offset: reader.offset, problem: "\(bytes.count - reader.offset) bytes after the last event")
        }
        return events
    }

    static func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }

    static func unzigzag(_ value: UInt64) -> Int64 { Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }

    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Reads a body front to back; every read checks that the bytes are there.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        mutating func byte() throws(Unreadable) -> UInt8 {
            guard offset < bytes.count else { throw Unreadable(offset: offset, problem: "the body ends too soon") }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func varint() throws(Unreadable) -> UInt64 {
            let start = offset
            var value: UInt64 = 0
            for shift in stride(from: UInt64(0), to: 64, by: 7) {
                let byte = try byte()
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 {
                    guard shift < 63 || byte <= 1 else { break }
                    return value
                }
            }
            throw Unreadable(offset: start, problem: "an integer longer than 64 bits")
        }

        mutating func count(each minimumBytes: Int, of what: String) throws(Unreadable) -> Int {
            let start = offset
            let count = try varint()
            guard count <= UInt64(bytes.count - offset) / UInt64(minimumBytes) else {
                throw Unreadable(offset: start, problem: "\(count) \(what) cannot fit in the \(bytes.count - offset) bytes left")
            }
            return Int(count)
        }

        mutating func text() throws(Unreadable) -> String {
            let start = offset
            let length = try varint()
            guard length <= UInt64(bytes.count - offset) else { throw Unreadable(offset: start, problem: "a text of \(length) bytes past the end") }
            let end = offset + Int(length)
            guard let text = String(validating: bytes[offset..<end], as: UTF8.self) else {
                throw Unreadable(offset: offset, problem: "a text that is not UTF-8")
            }
            offset = end
            return text
        }
    }
}
