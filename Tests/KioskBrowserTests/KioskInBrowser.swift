import ProcedureModel
import Testing

/// The kiosk in headless Chromium, driven over WebDriver against the real server. One browser at a
/// time: the machine has two cores for everything. Skipped, with the reason printed, where Chromium
/// is missing, except under CI, where they run and fail.
@Suite(.serialized, .enabled(if: BrowserAvailability.shouldRun, "Chromium or chromedriver is missing"))
enum KioskInBrowser {}

extension ShippedContent {
    /// The procedure the walks follow, and its scenario through a number question to papers to bring.
    static func cssWalk() throws -> (content: ShippedContent, walk: ScenarioWalk) {
        let content = try loaded.get()
        let css = try #require(content.french.procedure("css"), "procedures/css.xml is missing")
        return (content, try ScenarioWalk.throughNumberQuestion(in: css))
    }
}
