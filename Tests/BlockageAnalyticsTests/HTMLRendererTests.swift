import BlockageAnalytics
import ProcedureModel
import Testing

/// The HTML page of ``SmallReport``: one file, French, charts inline, nothing fetched.
@Suite struct HTMLRendererTests {
    @Test func theFunnelDrawsEachStepToScaleWithItsExits() async throws {
        let html = HTMLRenderer.render(try await SmallReport.make())
        let funnel = try #require(html.firstRange(of: "<svg class=\"funnel\"").map { html[$0.lowerBound...] })
        let svg = String(funnel[..<(try #require(funnel.firstRange(of: "</svg>"))).upperBound])
        // foyer, the widest (5), gets the full 360; revenus 4/5 of it, its 2 exits 2/5 at the end.
        #expect(svg.contains("<rect class=\"reached\" x=\"170.0\" y=\"9.0\" width=\"360.0\" height=\"22.0\"/>"))
        #expect(svg.contains("<rect class=\"reached\" x=\"170.0\" y=\"69.0\" width=\"288.0\" height=\"22.0\"/>"))
        #expect(svg.contains("<rect class=\"exits\" x=\"314.0\" y=\"69.0\" width=\"144.0\" height=\"22.0\"/>"))
        #expect(svg.contains(">5 arrivées · sorties : 0 (0,0\u{A0}%)</text>"))
        #expect(svg.contains(">4 arrivées · sorties : 2 (50,0\u{A0}%)</text>"))
        // refus, reached by one session: no bar, the marker instead.
        #expect(svg.contains(">arrivées : moins de 2 · sorties : 0 (moins de 2)</text>"))
        #expect(svg.ranges(of: "class=\"reached\"").count == 3)
    }

    @Test func hiddenNumbersReadMoinsDeKEverywhere() async throws {
        let html = HTMLRenderer.render(try await SmallReport.make())
        #expect(html.contains("<td class=\"hidden\">moins de 2</td>"))
        #expect(html.contains("ok (éligible) : 2 ; refus (non éligible) : moins de 2"))
        #expect(html.contains("class=\"hidden\">moins de 2</text>"))
        #expect(!html.contains("<2"))
    }

    @Test func thePageIsSelfContained() async throws {
        let html = HTMLRenderer.render(try await SmallReport.make())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        for outside in ["http:", "https:", "//", "src=", "href=", "url(", "@import", "<script", "<link", "<img"] {
            #expect(!html.contains(outside), "found \(outside)")
        }
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<svg class=\"dwell\""))
        #expect(html.contains("<svg class=\"trend\""))
    }

    @Test func idsAreEscaped() async throws {
        var walk = Walk("x1", "<b>&", at: monday, start: "a\"b")
        walk.end(after: 5)
        let html = HTMLRenderer.render(try await report([walk]))
        #expect(html.contains("Démarche « &lt;b&gt;&amp; »"))
        #expect(html.contains(">a&quot;b</text>"))
        #expect(!html.contains("<b>&"))
    }
}

/// Large numbers read the French way on the page, scores with a half included.
@Test func largeNumbersAreGroupedInFrench() async throws {
    var walks: [Walk] = []
    for index in 0..<12_001 {
        var walk = Walk("g\(index)", at: monday, start: "q")
        if index < 10_001 {
            walk.end(after: 1)
        } else {
            walk.signal(.helpAsked)
            walk.complete(after: 1, at: "fin")
        }
        walks.append(walk)
    }
    let html = HTMLRenderer.render(try await report(walks, minimumGroup: 5))
    // 10 001 exits + ½ × 2 000 who struggled and went on = 11 001.
    #expect(html.contains("<td>11\u{A0}001</td>"))
    #expect(html.contains(">12\u{A0}001 arrivées · sorties : 10\u{A0}001 (83,3\u{A0}%)</text>"))
    var odd = Walk("odd", at: monday, start: "q")
    odd.signal(.helpAsked)
    odd.complete(after: 1, at: "fin")
    walks.append(odd)
    #expect(HTMLRenderer.render(try await report(walks, minimumGroup: 5)).contains("<td>11\u{A0}001,5</td>"))
}
