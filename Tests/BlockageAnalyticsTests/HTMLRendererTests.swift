import BlockageAnalytics
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
