/// The text size and contrast a resident chose at the kiosk: for their session only (``PageMemory``).
struct DisplayChoice: Sendable, Hashable {
    enum TextSize: String, Sendable, CaseIterable {
        case normal, larger, largest
    }

    enum Contrast: String, Sendable, CaseIterable {
        case normal, high
    }

    var textSize: TextSize = .normal
    var contrast: Contrast = .normal

    /// The classes of the page's `<html>` element, which kiosk.css sizes and high-contrast.css colours;
    /// none for the usual display.
    var classes: String? {
        let classes = [
            textSize == .normal ? nil : "text-\(textSize.rawValue)", contrast == .normal ? nil : "contrast-\(contrast.rawValue)",
        ].compactMap { $0 }
        return classes.isEmpty ? nil : classes.joined(separator: " ")
    }

    /// What the templates read: the classes, and which button of each control is pressed.
    var templateValues: [String: String] {
        var values: [String: String] = [:]
        values["classes"] = classes
        // Only the pages of a session that chose it load the high-contrast palette.
        values["highContrastSheet"] = contrast == .high ? "/static/high-contrast.css" : nil
        for size in TextSize.allCases { values["text" + Self.capital(size.rawValue)] = size == textSize ? "true" : "false" }
        for level in Contrast.allCases { values["contrast" + Self.capital(level.rawValue)] = level == contrast ? "true" : "false" }
        return values
    }

    /// `larger` → `Larger`: the template names are `textLarger`, `contrastHigh`.
    private static func capital(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
