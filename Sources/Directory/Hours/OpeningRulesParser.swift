/// Reads the part of the OpenStreetMap `opening_hours` syntax the national data uses: weekday
/// ranges and lists, `PH`, time spans (several a day, past midnight), `off`/`closed`, comments,
/// `;` and `,` between rules, `24/7`. Anything else (months, weeks, `SH`, `sunrise`, `Mo[1]`…)
/// makes the whole value unreadable: it is then shown as written, never half-understood.
struct OpeningRulesParser {
    struct Unreadable: Error {}

    static let weekdayNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

    private let characters: [Character]
    private var index = 0

    static func rules(_ text: String) throws(Unreadable) -> [OpeningRule] {
        var parser = OpeningRulesParser(characters: Array(text))
        return try parser.parseRules()
    }

    private init(characters: [Character]) { self.characters = characters }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private mutating func skipSpaces() {
        while let character = current, character == " " || character == "\t" || character == "\n" { index += 1 }
    }

    private func peek(_ text: String) -> Bool {
        let wanted = Array(text)
        return index + wanted.count <= characters.count && Array(characters[index..<index + wanted.count]) == wanted
    }

    private mutating func parseRules() throws(Unreadable) -> [OpeningRule] {
        var rules: [OpeningRule] = []
        var additional = false
        while true {
            skipSpaces()
            if current == nil { break }
            if current == ";" {
                index += 1
                additional = false
                continue
            }
            var rule = try parseRule()
            rule.additional = additional
            rules.append(rule)
            skipSpaces()
            guard let separator = current else { break }
            if separator == ";" {
                additional = false
            } else if separator == "," {
                additional = true
            } else {
                throw Unreadable()
            }
            index += 1
        }
        guard !rules.isEmpty else { throw Unreadable() }
        return rules
    }

    private mutating func parseRule() throws(Unreadable) -> OpeningRule {
        var rule = OpeningRule()
        if peek("24/7") {
            index += 4
            _ = try parseTail(&rule)
            return rule
        }
        try parseDays(&rule)
        skipSpaces()
        var hasTimes = false
        if let character = current, character.isNumber {
            rule.spans = try parseSpans()
            hasTimes = true
        }
        let hasModifier = try parseTail(&rule)
        // A comment alone ("sur rendez-vous") says nothing about when: not read as "open every day".
        if rule.everyDay, !hasTimes, !hasModifier { throw Unreadable() }
        return rule
    }

    /// `Mo-Fr`, `Mo,We,Fr`, `PH`, `Sa,PH`: nothing here means every day.
    private mutating func parseDays(_ rule: inout OpeningRule) throws(Unreadable) {
        while let first = current, first.isLetter {
            guard index + 1 < characters.count else { throw Unreadable() }
            let name = String(characters[index...index + 1])
            // "off", "closed", "open" are modifiers, not days.
            if name == "of" || name == "cl" || name == "op" { return }
            index += 2
            if let next = current, next.isLetter || next == "[" { throw Unreadable() }
            if name == "PH" {
                rule.holidays = true
            } else if let start = Self.weekdayNames.firstIndex(of: name) {
                if current == "-" {
                    index += 1
                    guard index + 1 < characters.count, let end = Self.weekdayNames.firstIndex(of: String(characters[index...index + 1])) else {
                        throw Unreadable()
                    }
                    index += 2
                    // Fr-Mo wraps over the weekend.
                    var day = start
                    while true {
                        rule.weekdays.insert(day)
                        if day == end { break }
                        day = (day + 1) % 7
                    }
                } else {
                    rule.weekdays.insert(start)
                }
            } else {
                throw Unreadable()
            }
            // A comma followed by another day continues the list; anything else ends the selector.
            if current == ",", index + 1 < characters.count, characters[index + 1].isLetter,
                index + 2 < characters.count, characters[index + 2].isLetter
            {
                let name = String(characters[index + 1...index + 2])
                guard name == "PH" || Self.weekdayNames.contains(name) else { return }
                index += 1
            } else {
                return
            }
        }
    }

    /// `09:00-12:00,14:00-17:30`.
    private mutating func parseSpans() throws(Unreadable) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        while true {
            let start = try parseTime()
            guard current == "-" else { throw Unreadable() }
            index += 1
            var end = try parseTime()
            if end <= start { end += 1440 }
            guard start < 1440, end <= 2880 else { throw Unreadable() }
            spans.append(start..<end)
            // Another span after the comma, or the next rule.
            guard current == ",", index + 1 < characters.count, characters[index + 1].isNumber else { return spans }
            index += 1
        }
    }

    /// `9:00`, `09:00`, `24:00`: minutes since midnight.
    private mutating func parseTime() throws(Unreadable) -> Int {
        var hourDigits = ""
        while let character = current, character.isASCII, character.isNumber, hourDigits.count < 2 {
            hourDigits.append(character)
            index += 1
        }
        guard !hourDigits.isEmpty, current == ":" else { throw Unreadable() }
        index += 1
        guard index + 2 <= characters.count else { throw Unreadable() }
        let minuteDigits = String(characters[index..<index + 2])
        guard let hour = Int(hourDigits), let minute = Int(minuteDigits), minuteDigits.allSatisfy(\.isASCII), minute < 60, hour <= 48 else {
            throw Unreadable()
        }
        index += 2
        return hour * 60 + minute
    }

    /// `off`, `closed`, `open`, then a comment in double quotes; says whether a modifier was there.
    private mutating func parseTail(_ rule: inout OpeningRule) throws(Unreadable) -> Bool {
        skipSpaces()
        var modifier = true
        if peek("off") {
            index += 3
            rule.closed = true
        } else if peek("closed") {
            index += 6
            rule.closed = true
        } else if peek("open") {
            index += 4
        } else if peek("unknown") {
            throw Unreadable()
        } else {
            modifier = false
        }
        skipSpaces()
        if current == "\"" {
            index += 1
            while let character = current, character != "\"" { index += 1 }
            guard current == "\"" else { throw Unreadable() }
            index += 1
        }
        return modifier
    }
}
