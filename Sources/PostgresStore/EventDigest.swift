import Crypto
import Foundation
import ProcedureModel

/// The SHA-256 of an event's content, to tell a batch sent again (same digest) from a sequence
/// reused for another event (a different one).
enum EventDigest {
    static func of(_ event: GuideEvent) throws -> [UInt8] {
        let encoder = JSONEncoder()
        // Sorted keys: the same event always gives the same bytes.
        encoder.outputFormatting = [.sortedKeys]
        return Array(SHA256.hash(data: try encoder.encode(event)))
    }
}
