import NIOCore

/// A rendered page kept for many requests: the bytes that are the same for everyone who sees it, and
/// between them the places of the few values that differ from one request to the next.
///
/// The page is rendered once with a marker in each value's place; ``init(marked:)`` cuts it there.
/// Filling the holes is no templating: each value goes in escaped as `{{name}}` would have put it.
struct PageWithHoles: Sendable {
    /// A value left out of the kept page, filled in at each request.
    enum Hole: String, Sendable {
        case shown, notice

        /// What the page is rendered with in this hole's place: its name between two U+0001, a control
        /// character XML forbids in a procedure's text, and that escaping leaves alone. (Were a text to
        /// hold a marker all the same, the page would not be kept: see ``GuideServices/stepPage(_:notice:)``.)
        var marker: String { "\u{1}\(rawValue)\u{1}" }
    }

    /// One more than `holes`: the bytes before the first hole, between two holes, after the last one.
    private let pieces: [ByteBuffer]
    private let holes: [Hole]
    private let fixedBytes: Int

    /// The byte at the start and end of every marker (U+0001).
    private static let markerEdge: UInt8 = 1

    /// Cuts `page` at its markers; `nil` if a marker names no ``Hole`` or is not closed.
    init?(marked page: String) {
        var pieces: [ByteBuffer] = []
        var holes: [Hole] = []
        let bytes = Array(page.utf8)
        let edge = Self.markerEdge
        var pieceStart = 0
        var index = 0
        while let open = bytes[index...].firstIndex(of: edge) {
            let nameStart = open + 1
            guard let close = bytes[nameStart...].firstIndex(of: edge),
                let hole = Hole(rawValue: String(decoding: bytes[nameStart..<close], as: UTF8.self))
            else { return nil }
            pieces.append(ByteBuffer(bytes: bytes[pieceStart..<open]))
            holes.append(hole)
            index = close + 1
            pieceStart = index
        }
        pieces.append(ByteBuffer(bytes: bytes[pieceStart...]))
        self.pieces = pieces
        self.holes = holes
        fixedBytes = pieces.reduce(0) { $0 + $1.readableBytes }
    }

    /// The page with each hole's value, HTML-escaped; a hole without a value stays empty.
    func filled(_ values: [Hole: String]) -> ByteBuffer {
        let escaping = KioskHTMLEscaping()
        var page = ByteBuffer()
        // Room for the usual values (`12.ressources-speciales`, a sentence of notice) without growing.
        page.reserveCapacity(fixedBytes + holes.count * 64)
        for (index, hole) in holes.enumerated() {
            page.writeImmutableBuffer(pieces[index])
            if let value = values[hole] { page.writeString(escaping.escapeText(value)) }
        }
        if let last = pieces.last { page.writeImmutableBuffer(last) }
        return page
    }
}
