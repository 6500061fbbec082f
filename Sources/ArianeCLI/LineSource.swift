import Foundation

/// Where a terminal session reads what the person types.
protocol LineSource {
    /// The next line, without its newline; `nil` at the end of input.
    mutating func nextLine() -> String?
}

/// The keyboard. `readLine` blocks its thread while the person thinks; `ariane run` has no other
/// work meanwhile (each event is stored, awaited, before the next line is read).
struct StandardInputLines: LineSource {
    mutating func nextLine() -> String? { readLine(strippingNewline: true) }
}

/// An answers file, one answer per line; blank lines mean "Entrée" (continue), `#` starts a comment.
struct FileLines: LineSource {
    private var lines: [Substring]
    private var index = 0

    init?(path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        lines = lines.filter { !$0.hasPrefix("#") }
    }

    mutating func nextLine() -> String? {
        guard index < lines.count else { return nil }
        defer { index += 1 }
        return lines[index].trimmingCharacters(in: .whitespaces)
    }
}
