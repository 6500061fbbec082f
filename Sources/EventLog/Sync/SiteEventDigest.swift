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
        for text in [event.session, event.procedure, event.procedureVersion, event.kind.rawValue, event.channel.rawValue, event.locale] {
            append(text, to: &bytes)
        }
        for text in [event.step, event.site, event.terminal, event.value, event.reason] {
            append(text, to: &bytes)
        }
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
        let utf8 = Array(text.utf8)
        append(Int64(utf8.count), to: &bytes)
        bytes += utf8
    }

    private static func append(_ number: Int64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
    }
}
