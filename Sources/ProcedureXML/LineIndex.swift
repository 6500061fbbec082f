import ProcedureModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines and columns of a file's bytes, for ``SourceMap``: where each line starts, and how many
/// characters come before each block of bytes, both found by one pass made the first time a place is
/// asked for.
final class LineIndex {
    private let bytes: [UInt8]
    private var counted: (lineStarts: [Int], charactersBeforeBlock: [Int])?
    /// A column is found by counting inside one block, not from the start of its line, which may be the
    /// whole file.
    private static let blockSize = 256

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The location of byte `offset`: 1-based line, and column in characters as libxml2 counts them.
    func location(ofByte offset: Int) -> SourceLocation {
        let (lineStarts, blocks) = count()
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(line: low + 1, column: characters(before: offset, blocks) - characters(before: lineStarts[low], blocks) + 1)
    }

    /// Characters (UTF-8 lead bytes) before byte `offset`.
    private func characters(before offset: Int, _ blocks: [Int]) -> Int {
        let end = min(offset, bytes.count)
        guard end > 0 else { return 0 }
        let block = min(end / Self.blockSize, blocks.count - 1)
        var count = blocks[block]
        for index in (block * Self.blockSize)..<end where bytes[index] & 0xC0 != 0x80 {
            count += 1
        }
        return count
    }

    private func count() -> (lineStarts: [Int], charactersBeforeBlock: [Int]) {
        if let counted { return counted }
        var blocks: [Int] = []
        var starts = [0]
        blocks.reserveCapacity(bytes.count / Self.blockSize + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // This runs over every byte of a file, in debug builds too: newlines are found with
            // `memchr`, and characters counted eight bytes at a time.
            var offset = 0
            while offset < buffer.count, let newline = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1
                starts.append(offset)
            }
            let raw = UnsafeRawPointer(base)
            var characters = 0
            offset = 0
            while offset < buffer.count {
                blocks.append(characters)
                let end = min(offset + Self.blockSize, buffer.count)
                while offset + 8 <= end {
                    // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
                    let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    characters += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    offset += 8
                }
                while offset < end {
                    if buffer[offset] & 0xC0 != 0x80 { characters += 1 }
                    offset += 1
                }
            }
        }
        counted = (starts, blocks)
        return (starts, blocks)
    }
}
