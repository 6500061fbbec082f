import ProcedureModel

/// Where each element starts in the file, so that diagnostics can give a column.
///
/// libxml2 records a line per node but no column. Without a DOCTYPE there are no entities that could
/// create elements, so the n-th element in document order is exactly the n-th start tag in the text;
/// one scan of the bytes finds them all.
struct SourceMap {
    private let bytes: [UInt8]
    /// Byte offset of the `<` of every start tag, in document order.
    private(set) var tagOffsets: [Int] = []
    /// Byte offset of the first byte of every line.
    private var lineStarts: [Int] = [0]
    /// Characters before byte 0, `checkpointStride`, 2 × `checkpointStride`…: a column is counted from
    /// the nearest checkpoint, not from its line's start, or a file written on one line costs the whole
    /// line per element located (quadratic: seen while fuzzing, a 900 kB one-line XLIFF took 85 s).
    private var charactersBeforeCheckpoint: [Int] = [0]
    private static let checkpointStride = 4096

    init(bytes: [UInt8]) {
        self.bytes = bytes
        scanTags()
        var characters = 0
        for (offset, byte) in bytes.enumerated() {
            if offset > 0, offset % Self.checkpointStride == 0 { charactersBeforeCheckpoint.append(characters) }
            if byte & 0xC0 != 0x80 { characters += 1 }
            if byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
        }
    }

    /// The location of byte `offset`: 1-based line, and column in characters as libxml2 counts them.
    func location(ofByte offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let end = min(max(offset, lineStarts[low]), bytes.count)
        return SourceLocation(line: low + 1, column: 1 + characters(before: end) - characters(before: lineStarts[low]))
    }

    /// How many characters (UTF-8 lead bytes) come before byte `offset`, which is within `0...bytes.count`.
    private func characters(before offset: Int) -> Int {
        let checkpoint = min(offset / Self.checkpointStride, charactersBeforeCheckpoint.count - 1)
        var count = charactersBeforeCheckpoint[checkpoint]
        for index in checkpoint * Self.checkpointStride..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Where the element with this document-order ordinal starts.
    func location(ofElement ordinal: Int) -> SourceLocation {
        guard ordinal >= 0, ordinal < tagOffsets.count else { return .unknown }
        return location(ofByte: tagOffsets[ordinal])
    }

    /// Where `name=` stands inside the start tag of an element, or the element itself if it is absent.
    func location(ofAttribute name: String, inElement ordinal: Int) -> SourceLocation {
        guard let offset = attributeOffset(name, inElement: ordinal) else {
            return location(ofElement: ordinal)
        }
        return location(ofByte: offset)
    }

    /// Where character `index` of an attribute's value stands in the file, counting `&lt;` and the like
    /// as the one character they stand for.
    func location(ofValueCharacter index: Int, attribute name: String, inElement ordinal: Int) -> SourceLocation {
        guard let nameOffset = attributeOffset(name, inElement: ordinal) else {
            return location(ofElement: ordinal)
        }
        var cursor = nameOffset
        while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "\""), bytes[cursor] != UInt8(ascii: "'") {
            cursor += 1
        }
        cursor += 1
        var remaining = index
        while remaining > 0, cursor < bytes.count {
            if bytes[cursor] == UInt8(ascii: "&") {
                while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ";") { cursor += 1 }
                cursor += 1
            } else {
                cursor += 1
                while cursor < bytes.count, bytes[cursor] & 0xC0 == 0x80 { cursor += 1 }
            }
            remaining -= 1
        }
        return location(ofByte: cursor)
    }

    private func attributeOffset(_ name: String, inElement ordinal: Int) -> Int? {
        guard ordinal >= 0, ordinal < tagOffsets.count else { return nil }
        let target = Array(name.utf8)
        var cursor = tagOffsets[ordinal] + 1
        var quote: UInt8? = nil
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else if isSpace(bytes[cursor - 1]), matches(target, at: cursor) {
                var after = cursor + target.count
                while after < bytes.count, isSpace(bytes[after]) { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: "=") { return cursor }
            }
            cursor += 1
        }
        return nil
    }

    private func matches(_ target: [UInt8], at offset: Int) -> Bool {
        guard offset + target.count <= bytes.count else { return false }
        for (index, byte) in target.enumerated() where bytes[offset + index] != byte { return false }
        return true
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private mutating func scanTags() {
        var cursor = 0
        let count = bytes.count
        while cursor < count {
            guard bytes[cursor] == UInt8(ascii: "<") else {
                cursor += 1
                continue
            }
            if matches(Self.commentOpen, at: cursor) {
                cursor = skip(past: Self.commentClose, from: cursor + 4)
            } else if matches(Self.cdataOpen, at: cursor) {
                cursor = skip(past: Self.cdataClose, from: cursor + 9)
            } else if matches(Self.instructionOpen, at: cursor) {
                cursor = skip(past: Self.instructionClose, from: cursor + 2)
            } else if cursor + 1 < count, bytes[cursor + 1] == UInt8(ascii: "/") || bytes[cursor + 1] == UInt8(ascii: "!") {
                cursor = skipTag(from: cursor + 1)
            } else {
                tagOffsets.append(cursor)
                cursor = skipTag(from: cursor + 1)
            }
        }
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let instructionOpen = Array("<?".utf8)
    private static let instructionClose = Array("?>".utf8)

    private func skip(past terminator: [UInt8], from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count {
            if bytes[cursor] == terminator[0], matches(terminator, at: cursor) { return cursor + terminator.count }
            cursor += 1
        }
        return bytes.count
    }

    /// Moves past the `>` that closes a tag, ignoring any `>` inside quoted attribute values.
    private func skipTag(from start: Int) -> Int {
        var cursor = start
        var quote: UInt8? = nil
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return cursor + 1
            }
            cursor += 1
        }
        return bytes.count
    }
}
