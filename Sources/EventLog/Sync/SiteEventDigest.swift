import Crypto
public import Foundation
public import ProcedureModel

/// The SHA-256 of an event's content, by which the central server tells a replayed event (same
/// digest: acknowledged again) from a reused sequence (another digest: refused).
///
/// Every field goes in, each with its length (or a mark for none), so that two different events
/// never feed the same bytes: `("ab", "c")` and `("a", "bc")` differ. Both central stores (SQLite and
/// PostgreSQL) use it, so that a central moved from one to the other still knows a replay.
public enum SiteEventDigest {
    public static func of(_ event: GuideEvent) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        // Field by field rather than over an array of them: no array to allocate for each event.
        append(event.session, to: &bytes)
        append(event.procedure, to: &bytes)
        append(event.procedureVersion, to: &bytes)
        append(event.kind.rawValue, to: &bytes)
        append(event.channel.rawValue, to: &bytes)
        append(event.locale, to: &bytes)
        append(event.step, to: &bytes)
        append(event.site, to: &bytes)
        append(event.terminal, to: &bytes)
        append(event.value, to: &bytes)
        append(event.reason, to: &bytes)
        append(event.time, to: &bytes)
        if let count = event.count {
            bytes.append(1)
            append(Int64(count), to: &bytes)
        } else {
            bytes.append(0)
        }
        return Data(SHA256.hash(data: bytes))
    }

    private static func append(_ text: String?, to bytes: inout [UInt8]) {
        guard let text else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        append(Int64(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func append(_ number: Int64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
