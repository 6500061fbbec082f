import ProcedureModel
import ProcedureXML
import Testing

@testable import ProcedureCheck

/// A source not compared with its procedure for more than 12 months is reported at its `checked`.
@Suite struct FreshnessTests {
    func check(_ xml: String, today: String?) throws -> [String] {
        let procedure = try ProcedureLoader().loadProcedure(xml: xml, file: "t.xml")
        return ProcedureChecker.check(procedure, documents: [:], helpPoints: [:], today: today).map(\.description)
    }

    @Test func aSourceCheckedMoreThanAYearAgoIsReportedAtItsDate() throws {
        let xml = cleanXML(replacing: [3: #"  <source href="https://www.service-public.fr/particuliers/vosdroits/F10027" checked="2025-03-01"/>"#])
        #expect(
            try check(xml, today: "2026-12-06") == [
                "t.xml:3:78: warning: [stale-source] https://www.service-public.fr/particuliers/vosdroits/F10027 was compared with this procedure "
                    + "more than 12 months ago: read it again, update what changed and the date; checked 2025-03-01"
            ])
    }

    @Test func aYearToTheDayIsStillFresh() throws {
        let xml = cleanXML(replacing: [3: #"  <source href="https://www.service-public.fr/" checked="2025-12-06"/>"#])
        #expect(try check(xml, today: "2026-12-06").isEmpty)
        #expect(try check(xml, today: "2026-12-07").count == 1)
        // Without a day, the rules that age are left out (a library check from code, a test).
        #expect(try check(xml, today: nil).isEmpty)
    }

    @Test func theTwentyNinthOfFebruaryLooksBackToTheTwentyEighth() {
        #expect(Freshness.sameDayYearBefore("2028-02-29") == "2027-02-28")
        #expect(Freshness.sameDayYearBefore("2026-12-06") == "2025-12-06")
        #expect(Freshness.sameDayYearBefore("tomorrow") == nil)
    }
}
