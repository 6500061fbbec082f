/// Text written in pieces, handed on in large chunks so that exports of millions of events stream.
struct ChunkedOutput {
    private var buffer = ""
    private let chunk: Int

    init(chunk: Int) {
        self.chunk = max(1, chunk)
        buffer.reserveCapacity(self.chunk + 4096)
    }

    /// Adds `text`; returns the chunk to write once there is at least a chunk's worth.
    mutating func add(_ text: String) -> String? {
        buffer += text
        return buffer.utf8.count >= chunk ? rest() : nil
    }

    /// What is left to write, if anything; the buffer starts again empty.
    mutating func rest() -> String? {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer
    }
}
