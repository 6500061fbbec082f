import NIOCore
import Testing

@testable import PostgresStore

/// A session's events come packed by an aggregate, whose input order SQL does not promise: the
/// reader puts them back in order of time, then arrival.
@Suite struct PackedSessionTests {
    private func packed(_ events: [(time: Int64, seq: Int64, context: Int32, happening: Int32)]) -> ByteBuffer {
        var buffer = ByteBuffer()
        for event in events {
            buffer.writeInteger(event.time)
            buffer.writeInteger(event.seq)
            buffer.writeInteger(event.context)
            buffer.writeInteger(event.happening)
        }
        return buffer
    }

    @Test func eventsOutOfOrderAreSortedByTimeThenArrival() {
        var session = PackedSession()
        session.unpack(packed([(2_000, 5, 1, 7), (1_000, 9, 1, 6), (2_000, 3, 2, 8)]))
        var rows: [Int64] = []
        session.append(42, to: &rows)
        #expect(rows == [42, 1_000, 1, 6, 42, 2_000, 2, 8, 42, 2_000, 1, 7])
    }

    @Test func theNextSessionReplacesTheOneBefore() {
        var session = PackedSession()
        session.unpack(packed([(1_000, 1, 1, 1), (1_500, 2, 1, 2)]))
        session.unpack(packed([(3_000, 4, 3, 5)]))
        var rows: [Int64] = [7, 7, 7, 7]
        session.append(43, to: &rows)
        #expect(rows == [7, 7, 7, 7, 43, 3_000, 3, 5])
    }
}
