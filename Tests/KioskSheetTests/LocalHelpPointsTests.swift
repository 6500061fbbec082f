import ProcedureModel
import Testing

@testable import GuideServer

/// Example entries ("exemple à compléter par la ville") are never shown as real.
@Suite struct LocalHelpPointsTests {
    static func point(_ id: String, example: Bool = false) -> HelpPoint {
        HelpPoint(id: id, name: id, prompt: Prompt(text: id), isExample: example)
    }

    static func step(_ id: String, helpPoints: [String]) -> Step {
        Step(id: id, kind: .information, prompt: Prompt(text: id), helpPoints: helpPoints.map { Reference(id: $0) })
    }

    static let library = ProcedureLibrary(
        procedures: [
            Procedure(
                id: "aide", version: "1", language: "fr", title: "Aide", start: Reference(id: "a"),
                steps: [step("a", helpPoints: ["caf", "ccas-exemple"]), step("b", helpPoints: ["ccas-exemple"]), step("c", helpPoints: ["msa"])]),
            Procedure(
                id: "papiers", version: "1", language: "fr", title: "Papiers", start: Reference(id: "a"),
                steps: [step("a", helpPoints: ["mairie-exemple"])]),
            Procedure(id: "seul", version: "1", language: "fr", title: "Seul", start: Reference(id: "a"), steps: [step("a", helpPoints: [])]),
        ],
        helpPoints: [
            "caf": point("caf"), "msa": point("msa"), "france-services": point("france-services"),
            "ccas-exemple": point("ccas-exemple", example: true), "mairie-exemple": point("mairie-exemple", example: true),
            "inutile-exemple": point("inutile-exemple", example: true),
        ],
        helpPointsFile: "procedures/help-points.xml")

    func shown(_ ids: [String], in procedure: String) throws -> [String] {
        let procedure = try #require(Self.library.procedure(procedure))
        return LocalHelpPoints.shown(ids, in: procedure, from: Self.library).map(\.id)
    }

    @Test func examplesAreLeftOutBesideRealEntries() throws {
        #expect(try shown(["caf", "ccas-exemple"], in: "aide") == ["caf"])
    }

    @Test func aStepWithOnlyExamplesShowsTheNationalServicesOfItsProcedure() throws {
        #expect(try shown(["ccas-exemple"], in: "aide") == ["caf", "msa"])
    }

    @Test func aProcedureWithoutNationalServicesFallsBackOnFranceServices() throws {
        #expect(try shown(["mairie-exemple"], in: "papiers") == ["france-services"])
    }

    @Test func aStepWithoutHelpPointsGetsNone() throws {
        #expect(try shown([], in: "seul") == [])
    }

    @Test func theStartNoticeNamesEachMissingEntryAndItsProcedures() throws {
        #expect(
            LocalHelpPoints.missing(in: Self.library) == [
                .init(helpPoint: "ccas-exemple", procedures: ["aide"]), .init(helpPoint: "mairie-exemple", procedures: ["papiers"]),
            ])
        let notice = try #require(LocalHelpPoints.startNotice(Self.library))
        #expect(notice.hasPrefix("local help points missing, national ones shown instead: ccas-exemple (aide); mairie-exemple (papiers);"))
        #expect(notice.contains("procedures/help-points.xml"))
        #expect(!notice.contains("inutile-exemple"))
    }

    @Test func noNoticeWhenEveryTownEntryIsWritten() {
        var library = Self.library
        library.helpPoints = library.helpPoints.filter { !$0.value.isExample }
        #expect(LocalHelpPoints.startNotice(library) == nil)
    }

    @Test("No shipped outcome or help page shows an example entry", arguments: ["fr"])
    func shippedPagesShowNoExample(_ language: String) async throws {
        let walk = try ShippedWalk.toPapers(in: "css")
        try await SheetServer().run { client in
            let cookie = try await walk.atKiosk(client, language: language)
            let outcome = try await client.get("/kiosk/step", cookie: cookie)
            let sheet = try await client.get("/kiosk/sheet", cookie: cookie)
            let library = try SheetServer.library.get()
            for example in library.helpPoints.values where example.isExample {
                #expect(!outcome.text.contains(html(example.name)), "\(example.id) on the outcome")
                #expect(!sheet.text.contains(html(example.name)), "\(example.id) on the sheet")
            }
            #expect(!outcome.text.contains("exemple : votre ville"))
        }
    }
}
