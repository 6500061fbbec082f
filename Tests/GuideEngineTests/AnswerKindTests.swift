import GuideEngine
import ProcedureModel
import Testing

@Suite("Numbers and dates as people type them")
struct AnswerKindTests {
    static let atIncome: [Input] = [.proceed, .answer("1")]
    static let atBirthDate: [Input] = [.proceed, .answer("1"), .answer("7"), .answer("oui"), .proceed]

    @Test(
        "numbers are read with a comma or a dot, and with spaces between thousands",
        arguments: [
            ("850", 850.0), ("850,5", 850.5), ("850.5", 850.5), ("1 200", 1200), ("1\u{00A0}200,75", 1200.75),
            (" 0 ", 0), ("100000", 100_000), ("0,1", 0.1),
        ])
    func numbers(typed: String, value: Double) throws {
        var session = try Fixture.session(after: Self.atIncome)
        _ = session.handle(.answer(typed), at: 5)
        #expect(session.answers["revenus"] == .number(value))
    }

    @Test(
        "Arabic-Indic and Persian digits, and the Arabic decimal and thousands marks, are the same numbers",
        arguments: [("٣", 3.0), ("٨٥٠", 850), ("٨٥٠٫٥", 850.5), ("۱۲۰۰", 1200), ("١٬٢٠٠", 1200), ("٨٥٠,٥", 850.5)])
    func easternDigits(typed: String, value: Double) throws {
        var session = try Fixture.session(after: Self.atIncome)
        _ = session.handle(.answer(typed), at: 5)
        #expect(session.answers["revenus"] == .number(value))
    }

    @Test func aDateInArabicIndicDigitsIsTheSameDay() throws {
        var session = try Fixture.session(after: Self.atBirthDate)
        _ = session.handle(.answer("٢٥/١٢/١٩٩٠"), at: 5)
        #expect(session.answers["naissance"] == .number(19_901_225))
    }

    @Test("what is not a number is refused", arguments: ["", "douze", "12a", "1,2,3", ",5", "5,", "1 ,5", "1, 5", "--1", "1e3"])
    func notNumbers(typed: String) throws {
        var session = try Fixture.session(after: Self.atIncome)
        #expect(session.handle(.answer(typed), at: 5).actions == [.reject(.notANumber)])
    }

    @Test(
        "dates are read as year-month-day or day/month/year and stored as YYYYMMDD",
        arguments: [
            ("1990-03-05", 19_900_305), ("05/03/1990", 19_900_305), ("5/3/1990", 19_900_305),
            ("29/02/2024", 20_240_229), ("2000-02-29", 20_000_229), ("31.12.1999", 19_991_231),
        ])
    func dates(typed: String, value: Int) throws {
        var session = try Fixture.session(after: Self.atBirthDate)
        let effects = session.handle(.answer(typed), at: 5)
        #expect(session.answers["naissance"] == .number(Double(value)))
        #expect(effects.events.first?.value == AnswerKindTests.iso(value))
    }

    @Test(
        "days that do not exist are refused",
        arguments: ["29/02/2023", "1900-02-29", "31/04/2020", "00/01/2020", "12/13/2020", "2020-1-32", "90-03-05", "05/03/90", "2020/03", ""])
    func notDates(typed: String) throws {
        var session = try Fixture.session(after: Self.atBirthDate)
        #expect(session.handle(.answer(typed), at: 5).actions == [.reject(.notADate)])
    }

    static func iso(_ yyyymmdd: Int) -> String {
        let text = String(yyyymmdd)
        return "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))"
    }
}
