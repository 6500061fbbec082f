import Mustache

/// Text whose web addresses, e-mail addresses, codes, numbers, amounts and phone numbers stay
/// left to right inside right-to-left text: each such run is escaped and wrapped in
/// `<bdi dir="ltr">`, the rest only escaped. Templates write it unescaped: `{{{promptHTML}}}`.
///
/// Without it, "www.caf.fr" in an Arabic sentence is drawn "fr.caf.www" and "01 23 45 67 89"
/// has its groups in the wrong order.
struct BidiText: MustacheCustomRenderable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { Self.html(text) }
    var isNull: Bool { false }

    static func html(_ text: String) -> String {
        if let known = bidiMemo.value(for: text) { return known }
        let html = makeHTML(text)
        bidiMemo.keep(html, for: text)
        return html
    }

    private static func makeHTML(_ text: String) -> String {
        let escaping = KioskHTMLEscaping()
        var html = ""
        for run in runs(text) {
            html += run.isolated ? #"<bdi dir="ltr">"# + escaping.escapeText(run.text) + "</bdi>" : escaping.escapeText(run.text)
        }
        return html
    }

    /// The text cut into runs: words that must read left to right, and the rest.
    ///
    /// A word (between spaces) is left to right when it holds a Western digit or looks like an
    /// address (`www.`, `://`, `@`, a dot between letters and a known ending); digit groups separated
    /// by single spaces (`01 23 45 67 89`, `1 200 €`) stay one run.
    ///
    /// In right-to-left text, French words (the names residents will hear at the counter, such as
    /// "(Complémentaire santé solidaire)") are one left-to-right run too, so that a name of several
    /// words keeps its order and its parentheses stay around it when the line wraps.
    static func runs(_ text: String) -> [(text: String, isolated: Bool)] {
        let rightToLeft = text.unicodeScalars.contains(where: isRightToLeft)
        var runs: [(text: String, isolated: Bool)] = []
        var pendingSpace = ""
        var lastWasLatin = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let (leading, rest) = splitLeadingPunctuation(word)
            let (core, trailing) = splitTrailingPunctuation(rest)
            let latin = rightToLeft && isLatinWord(core)
            let isolated = !core.isEmpty && (leftToRight(core) || latin)
            let joinsDigits = startsWithDigit(core) && runs.last.map { endsWithDigitOrSign($0.text) } == true
            if isolated, leading.isEmpty, let last = runs.last, last.isolated, pendingSpace == " ", joinsDigits || (latin && lastWasLatin) {
                runs[runs.count - 1].text += " " + core
            } else {
                append(pendingSpace + leading, isolated: false, to: &runs)
                append(core, isolated: isolated, to: &runs)
            }
            append(trailing, isolated: false, to: &runs)
            lastWasLatin = latin && trailing.isEmpty
            pendingSpace = " "
        }
        return runs
    }

    /// Arabic, Hebrew, Syriac, Thaana, N'Ko and their presentation forms: what makes a line right to left.
    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
    }

    /// A word written in Latin letters only (accents and an apostrophe or hyphen allowed).
    private static func isLatinWord(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic && $0.value < 0x0250 }
            && word.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic && $0.value < 0x0250) || "'’-".unicodeScalars.contains($0) }
    }

    /// "(Complémentaire" → ("(", "Complémentaire"): an opening mark belongs to the sentence.
    private static func splitLeadingPunctuation(_ word: String) -> (String, String) {
        let leading = word.prefix { "(«".contains($0) }
        guard leading.count < word.count else { return ("", word) }
        return (String(leading), String(word.dropFirst(leading.count)))
    }

    private static func append(_ text: String, isolated: Bool, to runs: inout [(text: String, isolated: Bool)]) {
        guard !text.isEmpty else { return }
        if !isolated, let last = runs.last, !last.isolated {
            runs[runs.count - 1].text += text
        } else {
            runs.append((text, isolated))
        }
    }

    /// "www.caf.fr," → ("www.caf.fr", ","): the sentence's punctuation belongs to the sentence.
    private static func splitTrailingPunctuation(_ word: String) -> (String, String) {
        var core = Substring(word)
        var trailing = ""
        while let last = core.last, ".,;:!?…»)؟،؛".contains(last), core.count > 1 {
            trailing = String(last) + trailing
            core = core.dropLast()
        }
        return (String(core), trailing)
    }

    private static func leftToRight(_ word: String) -> Bool {
        if word.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return true }
        let lower = word.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") || lower.contains("@") { return true }
        return [".fr", ".gouv.fr", ".org", ".com", ".net", ".eu"].contains { lower.hasSuffix($0) } && lower.contains(".")
            && lower.unicodeScalars.allSatisfy { $0.isASCII }
    }

    private static func startsWithDigit(_ word: String) -> Bool {
        word.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false
    }

    private static func endsWithDigitOrSign(_ word: String) -> Bool {
        word.unicodeScalars.last.map { ("0"..."9").contains($0) || $0 == "+" } ?? false
    }
}

/// The HTML of texts already cut into runs. The texts are the procedures' and the kiosk's own (prompts,
/// explanations, help points), the same for every resident, and cutting one allocates for each of its
/// words: a step page spent a large part of its time redoing it (bench/kiosk_vs_nginx.sh). The limit is
/// far more than the shipped texts in every language.
private let bidiMemo = BoundedMemo<String, String>(limit: 20_000)
