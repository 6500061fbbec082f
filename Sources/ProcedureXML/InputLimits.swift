/// How much one file may hold, checked by ``SourceMap``'s single scan of the bytes before libxml2
/// builds a tree.
///
/// libxml2 is quadratic in places Ariane cannot change (its duplicate-attribute check compares every
/// attribute of an element with every other), so input past these limits never reaches it. Each limit
/// is far above what a real file holds: the largest shipped element has 8 attributes, the largest
/// translation file about 200 units, the longest text about 1,200 bytes.
enum InputLimits {
    static let maximumAttributesPerElement = 32
    /// `<trans-unit>`s in one translation file: a procedure has a few hundred strings at most.
    static let maximumUnits = 10_000
    /// Bytes of one run of text, CDATA section or attribute value.
    static let maximumTextBytes = 20_000

    /// The first place where a file goes past a limit, and what the author reads there.
    struct Violation: Equatable {
        var offset: Int
        var message: String
    }

    static func tooManyAttributes(at offset: Int) -> Violation {
        Violation(offset: offset, message: "this element has more than \(maximumAttributesPerElement) attributes; no Ariane element needs so many")
    }

    static func tooManyUnits(at offset: Int) -> Violation {
        Violation(
            offset: offset, message: "this file has more than \(maximumUnits) <trans-unit>s; a translation file holds the strings of one procedure or directory"
        )
    }

    static func textTooLong(at offset: Int) -> Violation {
        Violation(offset: offset, message: "this text is longer than \(maximumTextBytes) bytes; split it into steps a person can read")
    }

    static func valueTooLong(at offset: Int) -> Violation {
        Violation(offset: offset, message: "this attribute value is longer than \(maximumTextBytes) bytes")
    }
}
