import Directory
import Foundation
import Testing

/// Fixed moments, in UTC; Paris is UTC+1 in winter and UTC+2 in summer.
@Suite struct OpeningHoursTests {
    static func at(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    static func phrase(_ hours: String, _ time: String, _ language: String = "fr", closedUntil: String? = nil) -> String {
        OpeningPhrases.phrase(OpeningHours(hours).status(at: at(time), closedUntil: closedUntil), language: language)
    }

    // 2026-12-08 is a Tuesday.
    @Test func rangesAndSeveralPeriodsADay() {
        let hours = "Mo-Fr 09:00-12:30,13:30-17:00"
        #expect(Self.phrase(hours, "2026-12-08T10:00:00Z") == "Ouvert maintenant, jusqu'à 12 h 30")
        #expect(Self.phrase(hours, "2026-12-08T11:45:00Z") == "Ouvre aujourd'hui à 13 h 30")
        #expect(Self.phrase(hours, "2026-12-08T15:00:00Z") == "Ouvert maintenant, jusqu'à 17 h")
        #expect(Self.phrase(hours, "2026-12-08T16:00:00Z") == "Ouvre demain à 9 h")
        // Friday evening: next is Monday.
        #expect(Self.phrase(hours, "2026-12-11T17:00:00Z") == "Ouvre lundi à 9 h")
    }

    @Test func weekdayListsAndALaterRuleReplacingAnEarlierOne() {
        #expect(Self.phrase("Mo,We 14:00-18:00", "2026-12-08T10:00:00Z") == "Ouvre demain à 14 h")
        #expect(Self.phrase("Mo-Fr 09:00-17:00; We 14:00-16:00", "2026-12-09T09:00:00Z") == "Ouvre aujourd'hui à 14 h")
        #expect(Self.phrase("Mo-Fr 09:00-17:00; We off", "2026-12-09T09:00:00Z") == "Ouvre demain à 9 h")
        #expect(Self.phrase("Mo-Fr 09:00-17:00; Th off", "2026-12-09T17:00:00Z") == "Ouvre vendredi à 9 h")
        #expect(Self.phrase("Tu 09:00-12:00, Tu 14:00-16:00", "2026-12-08T12:00:00Z") == "Ouvre aujourd'hui à 14 h")
    }

    @Test func publicHolidaysOff() {
        // Friday 2026-12-25 is Christmas: closed; the next opening is Monday the 28th.
        #expect(Self.phrase("Mo-Fr 09:00-17:00; PH off", "2026-12-24T17:00:00Z") == "Ouvre lundi à 9 h")
        // Easter Monday 2027 is 29 March, Ascension 6 May.
        #expect(Self.phrase("Mo-Fr 09:00-17:00; PH off", "2027-03-29T08:00:00Z") == "Ouvre demain à 9 h")
        #expect(Self.phrase("Mo-Fr 09:00-17:00; PH off", "2027-05-06T08:00:00Z") == "Ouvre demain à 9 h")
    }

    @Test func commentsAreReadPastAndACommentAloneIsNotHours() {
        #expect(Self.phrase("Tu,Th 14:00-18:00 \"sur rendez-vous le jeudi\"", "2026-12-08T14:00:00Z") == "Ouvert maintenant, jusqu'à 18 h")
        #expect(Self.phrase("\"sur rendez-vous\"", "2026-12-08T14:00:00Z") == "Horaires : \"sur rendez-vous\"")
    }

    @Test func allTheTimeAndNeverAndPastMidnight() {
        #expect(Self.phrase("24/7", "2026-12-08T03:00:00Z") == "Ouvert tous les jours, jour et nuit")
        #expect(Self.phrase("off", "2026-12-08T03:00:00Z") == "Fermé en ce moment")
        #expect(Self.phrase("Fr 20:00-02:00", "2026-12-12T00:30:00Z") == "Ouvert maintenant, jusqu'à 2 h")
        #expect(Self.phrase("Mo-Su 00:00-24:00; We off", "2026-12-08T12:00:00Z") == "Ouvert maintenant, jusqu'à minuit")
    }

    @Test func hoursItCannotReadAreShownAsWrittenNeverGuessed() {
        for hours in ["sunrise-sunset", "Jan-Mar Mo 10:00-12:00", "Mo[1] 09:00-12:00", "SH off", "du lundi au vendredi 9h-17h", "Mo-Fr 09:00+"] {
            #expect(!OpeningHours(hours).isReadable, "\(hours)")
            #expect(Self.phrase(hours, "2026-12-08T10:00:00Z", "en") == "Opening hours: \(hours)")
        }
    }

    /// 2027-03-28: Paris goes from UTC+1 to UTC+2 at 02:00. 07:30 UTC is 08:30 the day before, 09:30 that day.
    @Test func summerTimeIsParisTime() {
        let hours = "Mo-Su 09:00-17:00"
        #expect(Self.phrase(hours, "2027-03-27T07:30:00Z") == "Ouvre aujourd'hui à 9 h")
        #expect(Self.phrase(hours, "2027-03-28T07:30:00Z") == "Ouvert maintenant, jusqu'à 17 h")
        // And back on 2027-10-31: 07:30 UTC is 09:30 on the 30th, 08:30 on the 31st.
        #expect(Self.phrase(hours, "2027-10-30T07:30:00Z") == "Ouvert maintenant, jusqu'à 17 h")
        #expect(Self.phrase(hours, "2027-10-31T07:30:00Z") == "Ouvre aujourd'hui à 9 h")
    }

    @Test func closedForTheHolidaysThenOpensOnADate() {
        #expect(Self.phrase("Mo-Fr 09:00-17:00", "2026-12-21T10:00:00Z", closedUntil: "2027-01-03") == "Ouvre le 4 janvier à 9 h")
        #expect(Self.phrase("Mo-Fr 09:00-17:00", "2026-12-21T10:00:00Z", "ar", closedUntil: "2027-01-03") == "يفتح في 4 يناير الساعة 9:00")
    }

    @Test func englishAndArabicWrittenAndFrenchSpoken() {
        let hours = "Mo-Fr 09:00-12:30,13:30-17:00"
        #expect(Self.phrase(hours, "2026-12-08T10:00:00Z", "en") == "Open now, until 12:30")
        #expect(Self.phrase(hours, "2026-12-08T10:00:00Z", "ar") == "مفتوح الآن، حتى الساعة 12:30")
        #expect(Self.phrase(hours, "2026-12-11T17:00:00Z", "en") == "Opens Monday at 9:00")
        #expect(Self.phrase(hours, "2026-12-11T17:00:00Z", "ar") == "يفتح يوم الاثنين الساعة 9:00")
        let status = OpeningHours(hours).status(at: Self.at("2026-12-08T10:00:00Z"))
        #expect(OpeningPhrases.phrase(status, language: "fr", medium: .spoken) == "Ouvert maintenant, jusqu'à 12 heures 30")
    }
}
