/// "Ouvert maintenant, jusqu'à 17 h" in the languages the kiosk speaks, written for the screen and
/// for the voice (which says "heures" where the screen writes "h").
public enum OpeningPhrases {
    public enum Medium: Sendable {
        case written
        case spoken
    }

    /// The phrase for `status` in `language` ("fr", "en", "ar"; French otherwise).
    public static func phrase(_ status: OpeningStatus, language: String, medium: Medium = .written) -> String {
        let words = Words.for(language)
        switch status {
        case .open(let until):
            guard let until else { return words.alwaysOpen }
            return words.openUntil(time(until, words, medium), whenDay(until, words, untilMidnight: true))
        case .opens(let moment):
            return words.opens(whenDay(moment, words, untilMidnight: false), time(moment, words, medium))
        case .closed: return words.closed
        case .unreadable(let text): return words.hoursAsWritten(text)
        case .unknown: return words.noHours
        }
    }

    /// "17 h 30" (French screen), "17 heures 30" (French voice), "17:30" (English, Arabic); midnight by name.
    static func time(_ moment: OpeningMoment, _ words: Words, _ medium: Medium) -> String {
        if moment.minute == 1440 || moment.minute == 0 { return words.midnight }
        let minutes = moment.minuteOfHour
        switch (words.language, medium) {
        case ("fr", .written): return minutes == 0 ? "\(moment.hour) h" : "\(moment.hour) h \(twoDigits(minutes))"
        case ("fr", .spoken): return minutes == 0 ? "\(moment.hour) heures" : "\(moment.hour) heures \(minutes)"
        default: return "\(moment.hour):\(twoDigits(minutes))"
        }
    }

    /// Today, tomorrow, a weekday this week, or a date further on; nothing for "open until" today.
    static func whenDay(_ moment: OpeningMoment, _ words: Words, untilMidnight: Bool) -> String? {
        switch moment.daysAhead {
        case 0: return untilMidnight ? nil : words.today
        case 1: return words.tomorrow
        case 2...6: return words.weekday(moment.day.weekday)
        default: return words.date(moment.day)
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
