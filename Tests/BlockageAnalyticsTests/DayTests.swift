import BlockageAnalytics
import Testing

/// Days as every command and the dashboard read them: strictly `YYYY-MM-DD`, midnight UTC, with an
/// error that names the option, the text and the format.
@Suite struct DayTests {
    func refusal(_ text: String, name: String = "--since") -> String? {
        do {
            _ = try Day(text, name: name)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aRealDayIsItsMidnightUTC() throws {
        #expect(try Day("2026-11-02", name: "since").midnightUTC == 1_793_577_600_000)
        #expect(try Day("1970-01-01", name: "since").midnightUTC == 0)
        #expect(try Day("1969-12-31", name: "since").midnightUTC == -86_400_000)
        #expect(try Day("2028-02-29", name: "since").midnightUTC == 1_835_395_200_000)
        #expect(try Day("2026-12-31", name: "since").nextMidnightUTC == 1_798_761_600_000)
    }

    @Test func refusalsSayWhichOptionWhatTextAndWhatFormat() {
        #expect(refusal("2026-02-30") == "--since takes a day written YYYY-MM-DD, such as 2026-11-01; '2026-02-30' is not one: 2026-02 has 28 days")
        #expect(
            refusal("2100-02-29", name: "until") == "until takes a day written YYYY-MM-DD, such as 2026-11-01; '2100-02-29' is not one: 2100-02 has 28 days")
        #expect(refusal("2026-13-01") == "--since takes a day written YYYY-MM-DD, such as 2026-11-01; '2026-13-01' is not one: there is no month 13")
        #expect(refusal("2026-00-10") == "--since takes a day written YYYY-MM-DD, such as 2026-11-01; '2026-00-10' is not one: there is no month 0")
        for text in ["2026-11-9", "26-11-09", "2026/11/09", "demain", "", "2026-11-09T00:00", "２０２６-11-09", "+026-11-09", "2026-11-00"] {
            let reason = text == "2026-11-00" ? ": 2026-11 has 30 days" : ""
            #expect(refusal(text) == "--since takes a day written YYYY-MM-DD, such as 2026-11-01; '\(text)' is not one\(reason)")
        }
    }

    @Test func aRangeRunsFromTheFirstMidnightToTheMidnightAfterTheLastDay() throws {
        let week = try DayRange(since: "2026-11-02", until: "2026-11-08", names: ("since", "until"))
        #expect(week.since == 1_793_577_600_000)
        #expect(week.until == 1_794_182_400_000)
        let oneDay = try DayRange(since: "2026-11-02", until: "2026-11-02", names: ("since", "until"))
        #expect(oneDay.until == 1_793_664_000_000)
        let open = try DayRange(since: nil, until: "2026-11-08", names: ("since", "until"))
        #expect(open.since == nil)
        #expect(open.until == 1_794_182_400_000)
        #expect(try DayRange(since: nil, until: nil, names: ("since", "until")) == DayRange(since: nil, until: nil, names: ("a", "b")))
    }

    @Test func aRangeEndingBeforeItStartsOrWithABadDayIsRefused() {
        #expect(throws: DayError(name: "--until", text: "2026-11-01", problem: .beforeFirst(name: "--since", text: "2026-11-10"))) {
            try DayRange(since: "2026-11-10", until: "2026-11-01", names: ("--since", "--until"))
        }
        #expect(
            DayError(name: "--until", text: "2026-11-01", problem: .beforeFirst(name: "--since", text: "2026-11-10")).description
                == "--until (2026-11-01) is before --since (2026-11-10)")
        #expect(throws: DayError(name: "until", text: "2026-02-30", problem: .noSuchDay(month: "2026-02", length: 28))) {
            try DayRange(since: "2026-11-10", until: "2026-02-30", names: ("since", "until"))
        }
    }
}
