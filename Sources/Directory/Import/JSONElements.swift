import Foundation

/// The elements of a JSON array, each with the line its `{` is on: Foundation's parser says nothing
/// about positions, so the top level is scanned here and each element parsed on its own.
enum JSONElements {
    struct Element {
        var line: Int
        var bytes: ArraySlice<UInt8>
    }

    enum Problem: Error, Equatable {
        case notAnArray(line: Int)
        case unterminated(line: Int)
    }

    /// The elements of the array that starts at `start` (the offset of its `[`).
    static func elements(of bytes: [UInt8], arrayAt start: Int, line startLine: Int) throws(Problem) -> [Element] {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else { throw .notAnArray(line: startLine) }
        var elements: [Element] = []
        var line = startLine
        var depth = 0
        var inString = false
        var escaped = false
        var elementStart = -1
        var elementLine = 0
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""):
                    inString = true
                    if depth == 0, elementStart < 0 { (elementStart, elementLine) = (index, line) }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if depth == 0, elementStart < 0 { (elementStart, elementLine) = (index, line) }
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 {
                        if elementStart >= 0 { elements.append(Element(line: elementLine, bytes: bytes[elementStart..<index])) }
                        return elements
                    }
                    depth -= 1
                case UInt8(ascii: ","):
                    if depth == 0 {
                        if elementStart >= 0 { elements.append(Element(line: elementLine, bytes: bytes[elementStart..<index])) }
                        elementStart = -1
                    }
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                    break
                default:
                    if depth == 0, elementStart < 0 { (elementStart, elementLine) = (index, line) }
                }
            }
            index += 1
        }
        throw .unterminated(line: startLine)
    }

    /// The offset and line of the first non-blank byte from `offset`.
    static func skipBlanks(_ bytes: [UInt8], from offset: Int, line: Int) -> (offset: Int, line: Int) {
        var offset = offset
        var line = line
        while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) {
            if bytes[offset] == 0x0A { line += 1 }
            offset += 1
        }
        return (offset, line)
    }

    /// The offset and line of the array that is the value of `key` in the top-level object, if any.
    static func arrayOfKey(_ key: String, in bytes: [UInt8]) -> (offset: Int, line: Int)? {
        // Only the top level: depth 1 inside the outer object.
        let needle = Array(("\"" + key + "\"").utf8)
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                if depth == 1, bytes[index...].starts(with: needle) {
                    var (after, afterLine) = skipBlanks(bytes, from: index + needle.count, line: line)
                    if after < bytes.count, bytes[after] == UInt8(ascii: ":") {
                        (after, afterLine) = skipBlanks(bytes, from: after + 1, line: afterLine)
                        return (after, afterLine)
                    }
                }
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
            }
            index += 1
        }
        return nil
    }
}
