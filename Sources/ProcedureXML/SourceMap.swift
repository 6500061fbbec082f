import ProcedureModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where each element starts in the file, so that diagnostics can give a column; and, from the same
/// scan, the first place where the file goes past ``InputLimits``.
///
/// libxml2 records a line per node but no column. Without a DOCTYPE there are no entities that could
/// create elements, so the n-th element in document order is exactly the n-th start tag in the text;
/// one scan of the bytes finds them all.
struct SourceMap {
    private let bytes: [UInt8]
    /// Byte offset of the `<` of every start tag, in document order.
    private(set) var tagOffsets: [Int] = []
    /// Lines and characters, counted the first time a place is asked for: a valid file is never
    /// asked, and `validate` reads thousands of them.
    private let lines: LineIndex
    /// The first place past a limit, if any; the parser refuses the file there.
    private(set) var violation: InputLimits.Violation?
    private var units = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        lines = LineIndex(bytes: bytes)
        scanTags()
    }

    /// The location of byte `offset`: 1-based line, and column in characters as libxml2 counts them.
    func location(ofByte offset: Int) -> SourceLocation {
        lines.location(ofByte: offset)
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
        var index = 0
        while index < target.count {
            if bytes[offset + index] != target[index] { return false }
            index += 1
        }
        return true
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private mutating func scanTags() {
        var cursor = 0
        let count = bytes.count
        var textStart = 0
        while cursor < count {
            guard bytes[cursor] == UInt8(ascii: "<") else {
                cursor = nextMarkup(from: cursor)
                continue
            }
            if cursor - textStart > InputLimits.maximumTextBytes { report(InputLimits.textTooLong(at: textStart)) }
            let next = cursor + 1 < count ? bytes[cursor + 1] : 0
            if next == UInt8(ascii: "!"), matches(Self.commentOpen, at: cursor) {
                cursor = skip(past: Self.commentClose, from: cursor + 4)
            } else if next == UInt8(ascii: "!"), matches(Self.cdataOpen, at: cursor) {
                let end = skip(past: Self.cdataClose, from: cursor + 9)
                if end - cursor - 12 > InputLimits.maximumTextBytes { report(InputLimits.textTooLong(at: cursor)) }
                cursor = end
            } else if next == UInt8(ascii: "?") {
                cursor = skip(past: Self.instructionClose, from: cursor + 2)
            } else if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
                cursor = skipTag(from: cursor + 1)
            } else {
                tagOffsets.append(cursor)
                if isUnit(at: cursor + 1) {
                    units += 1
                    if units > InputLimits.maximumUnits { report(InputLimits.tooManyUnits(at: cursor)) }
                }
                cursor = skipTag(from: cursor + 1, checkingAttributes: true)
            }
            textStart = cursor
        }
        if count - textStart > InputLimits.maximumTextBytes { report(InputLimits.textTooLong(at: textStart)) }
    }

    /// The offset of the next `<` from `start`, or the end: text is most of a file, and `memchr` skips
    /// it far faster than a loop over the array.
    private func nextMarkup(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count,
                let found = memchr(base + start, Int32(UInt8(ascii: "<")), buffer.count - start)
            else { return buffer.count }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    private mutating func report(_ found: InputLimits.Violation) {
        if violation == nil { violation = found }
    }

    /// Whether the start tag whose name begins at `offset` is a `<trans-unit>`, with or without a prefix.
    private func isUnit(at offset: Int) -> Bool {
        var end = offset
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "/") {
            end += 1
        }
        let start = end - Self.unitName.count
        guard start >= offset, start == offset || bytes[start - 1] == UInt8(ascii: ":") else { return false }
        return matches(Self.unitName, at: start)
    }

    private static let unitName = Array("trans-unit".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let instructionClose = Array("?>".utf8)

    private func skip(past terminator: [UInt8], from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count {
            if bytes[cursor] == terminator[0], matches(terminator, at: cursor) { return cursor + terminator.count }
            cursor += 1
        }
        return bytes.count
    }

    /// Moves past the `>` that closes a tag, ignoring any `>` inside quoted attribute values; in a
    /// start tag, counts the attributes (their `=` signs) and measures their values on the way.
    private mutating func skipTag(from start: Int, checkingAttributes: Bool = false) -> Int {
        var found: InputLimits.Violation?
        let end = bytes.withUnsafeBufferPointer { bytes -> Int in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
            var cursor = start
            var quote: UInt8? = nil
            var valueStart = 0
            var nameStart = start
            var attributes = 0
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if let open = quote {
                    if byte == open {
                        quote = nil
                        if checkingAttributes, found == nil, cursor - valueStart > InputLimits.maximumTextBytes {
                            found = InputLimits.valueTooLong(at: valueStart)
                        }
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                    valueStart = cursor + 1
                } else if byte == UInt8(ascii: ">") {
                    return cursor + 1
                } else if checkingAttributes, byte == UInt8(ascii: "=") {
                    attributes += 1
                    if found == nil, attributes > InputLimits.maximumAttributesPerElement { found = InputLimits.tooManyAttributes(at: nameStart) }
                } else if checkingAttributes, !isSpace(byte), isSpace(bytes[cursor - 1]) {
                    nameStart = cursor
                }
                cursor += 1
            }
            return bytes.count
        }
        if let found { report(found) }
        return end
    }
}
