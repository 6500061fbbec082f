import BlockageAnalytics
import Foundation
import Testing

@Suite struct JSONRendererTests {
    @Test func theJSONDecodesBackToTheSameReport() async throws {
        let report = try await SmallReport.make()
        let json = try JSONRenderer.render(report)
        let decoded = try JSONDecoder().decode(BlockageReport.self, from: Data(json.utf8))
        #expect(decoded == report)
    }

    @Test func hiddenNumbersAreMarkedAndShownOnesAreBare() async throws {
        let json = try JSONRenderer.render(try await SmallReport.make())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let procedure = try #require((object["procedures"] as? [[String: Any]])?.first)
        let steps = try #require(procedure["steps"] as? [[String: Any]])
        #expect(steps.map { $0["step"] as? String } == ["foyer", "refus", "revenus", "ok"])
        #expect(steps[0]["reached"] as? Int == 5)
        #expect(steps[1]["reached"] as? [String: Bool] == ["suppressed": true])
        #expect(steps[2]["exitRate"] as? Double == 0.5)
        let dwell = try #require(steps[2]["dwell"] as? [String: Int])
        #expect(dwell == ["measured": 4, "medianMilliseconds": 35_000, "p90Milliseconds": 47_000])
        #expect(object["minimumGroup"] as? Int == 2)
        let filter = try #require(object["filter"] as? [String: Any])
        #expect(filter.count == 2)
        #expect(filter["procedure"] as? String == "aide")
        #expect(filter["since"] as? Int64 == 1_793_491_200_000)
    }
}
