public import ProcedureModel

/// One term, one translation: a translated unit whose French holds a term of the language's termbase
/// (`locales/<lang>/terms.tbx`) must contain one of its renderings, or a resident hears two words for
/// one thing on two screens.
public enum TermConsistency {
    public static func check(_ locale: LocaleTranslations) -> [Diagnostic] {
        guard let termbase = locale.termbase, !termbase.entries.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for name in locale.files.keys.sorted() {
            guard let file = locale.files[name] else { continue }
            for unit in file.units where unit.status == .translated {
                let source = TermText.comparable(TranslationText.plain(unit.source))
                let target = TermText.comparable(TranslationText.plain(unit.target ?? [])).lowercased()
                for entry in termbase.entries {
                    guard let found = entry.french.first(where: { TermText.names(source, term: $0) }),
                        !entry.renderings.contains(where: { target.contains(TermText.stem(of: $0)) })
                    else { continue }
                    let wanted = entry.renderings.map { "« \($0) »" }.joined(separator: " or ")
                    diagnostics.append(
                        Diagnostic(
                            .termConsistency, file: file.path, location: unit.translationLocation, severity: .warning,
                            message:
                                "unit '\(unit.id)' translates « \(found) » without \(wanted), its rendering in "
                                + "\(termbase.path) (entry '\(entry.id)'): use it, or change the termbase and every unit"))
                }
            }
        }
        return diagnostics
    }
}

/// How terms are found in a French source and renderings in a translation.
enum TermText {
    /// Without Arabic short vowels and tatweel, with one alif for the alif waṣla, one apostrophe and plain
    /// spaces: the audio « بِٱلتَّأْمِينِ » holds the screen's « التأمين ».
    static func comparable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    switch scalar.value {
                    case 0x064B...0x065F, 0x0670, 0x0640: nil
                    case 0x0671: "\u{0627}"
                    case 0x2019, 0x02BC: "'"
                    case 0x00A0, 0x202F: " "
                    default: scalar
                    }
                }))
    }

    /// Whether `source` names `term` as a word, or its plural in -s or -x. A name with a capital
    /// (« Assurance Maladie », « MSA ») must match its case, so that « caisse d'assurance maladie » is
    /// not the organisation; a common noun (« plafond ») matches in any case. « départementale » is
    /// another word than « département ».
    static func names(_ source: String, term: String) -> Bool {
        let isName = term.contains { $0.isUppercase }
        let haystack = isName ? source : source.lowercased()
        let needle = isName ? term : term.lowercased()
        return haystack.ranges(of: needle).contains { found in
            let before = found.lowerBound == haystack.startIndex || !haystack[haystack.index(before: found.lowerBound)].isLetterOrDigit
            var after = haystack[found.upperBound...]
            if let next = after.first, next == "s" || next == "x" { after = after.dropFirst() }
            return before && !(after.first?.isLetterOrDigit ?? false)
        }
    }

    /// What a translation must contain for `rendering`, in lower case. Arabic words change at both ends:
    /// a final tāʾ marbūṭa becomes ت before a suffix (« مقاطعتك ») and ه in pausal audio (« المقاطعه »),
    /// and the article's alif goes after لِ (« للتأمين »); so both are left out.
    static func stem(of rendering: String) -> String {
        var stem = comparable(rendering).lowercased()
        if stem.hasSuffix("\u{0629}") { stem.removeLast() }
        if stem.hasPrefix("\u{0627}\u{0644}") { stem.removeFirst() }
        return stem
    }
}

extension Character {
    fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
