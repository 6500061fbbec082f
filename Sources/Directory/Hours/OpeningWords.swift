extension OpeningPhrases {
    /// The words of the opening phrases in one language.
    struct Words: Sendable {
        var language: String
        var alwaysOpen: String
        var closed: String
        var noHours: String
        var today: String
        var tomorrow: String
        var midnight: String
        var weekdays: [String]
        var openUntil: @Sendable (_ time: String, _ day: String?) -> String
        var opens: @Sendable (_ day: String?, _ time: String) -> String
        var hoursAsWritten: @Sendable (String) -> String
        var date: @Sendable (CivilDay) -> String

        func weekday(_ index: Int) -> String { weekdays[index] }

        static func `for`(_ language: String) -> Words {
            switch language.prefix(2) {
            case "en": english
            case "ar": arabic
            default: french
            }
        }

        static let french = Words(
            language: "fr", alwaysOpen: "Ouvert tous les jours, jour et nuit", closed: "Fermé en ce moment", noHours: "Horaires non indiqués",
            today: "aujourd'hui", tomorrow: "demain", midnight: "minuit",
            weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            openUntil: { time, day in "Ouvert maintenant, jusqu'à " + (day.map { "\($0) " } ?? "") + time },
            opens: { day, time in "Ouvre " + (day.map { "\($0) " } ?? "") + "à " + time },
            hoursAsWritten: { "Horaires : \($0)" },
            date: { day in "le \(day.day == 1 ? "1er" : "\(day.day)") \(frenchMonths[day.month - 1])" })

        static let english = Words(
            language: "en", alwaysOpen: "Open every day, day and night", closed: "Closed for now", noHours: "Opening hours not given",
            today: "today", tomorrow: "tomorrow", midnight: "midnight",
            weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            openUntil: { time, day in "Open now, until " + (day.map { "\($0) " } ?? "") + time },
            opens: { day, time in "Opens " + (day.map { "\($0) " } ?? "") + "at " + time },
            hoursAsWritten: { "Opening hours: \($0)" },
            date: { day in "on \(day.day) \(englishMonths[day.month - 1])" })

        static let arabic = Words(
            language: "ar", alwaysOpen: "مفتوح كل يوم، ليلاً ونهاراً", closed: "مغلق حالياً", noHours: "المواعيد غير مذكورة",
            today: "اليوم", tomorrow: "غداً", midnight: "منتصف الليل",
            weekdays: ["يوم الاثنين", "يوم الثلاثاء", "يوم الأربعاء", "يوم الخميس", "يوم الجمعة", "يوم السبت", "يوم الأحد"],
            openUntil: { time, day in "مفتوح الآن، حتى " + (day.map { "\($0) " } ?? "") + (time == "منتصف الليل" ? "" : "الساعة ") + time },
            opens: { day, time in "يفتح " + (day.map { "\($0) " } ?? "") + (time == "منتصف الليل" ? "عند " : "الساعة ") + time },
            hoursAsWritten: { "المواعيد: \($0)" },
            date: { day in "في \(day.day) \(arabicMonths[day.month - 1])" })

        static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        static let arabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    }
}
