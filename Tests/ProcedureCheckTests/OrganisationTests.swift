import Foundation
import ProcedureModel
import ProcedureXML
import Testing

/// A procedure names kinds of local organisation (`<organisation kind="…"/>`), never example entries.
@Suite struct OrganisationTests {
    @Test func anUnknownKindIsAnErrorAtItsAttribute() throws {
        let xml = cleanXML(replacing: [
            16: #"    <text>Droit.</text><audio>Droit.</audio><organisation kind="ccas"/><organisation kind="caisse-allocations"/>"#
        ])
        let found = try check(xml: xml)
        #expect(found.count == 1)
        let message = try #require(found.first)
        #expect(
            message.hasPrefix(
                "t.xml:16:86: error: [unknown-organisation] step 'fin' names the organisation kind 'caisse-allocations', which the kiosk does not know (known: "
            ))
        #expect(message.contains("caf, ccas,"))
    }

    @Test func kindsAreReadInFileOrderBesideHelpPoints() throws {
        let xml = cleanXML(replacing: [
            16: #"    <text>Droit.</text><audio>Droit.</audio><helpPoint ref="caf"/><organisation kind="ccas"/><organisation kind="mairie"/>"#
        ])
        // Loading validates against the schema too: helpPoint and organisation may come in any order.
        let procedure = try ProcedureLoader().loadProcedure(xml: xml, file: "t.xml")
        let step = try #require(procedure.step("fin"))
        #expect(step.organisations.map(\.id) == ["ccas", "mairie"])
        #expect(step.helpPoints.map(\.id) == ["caf"])
    }

    /// With no place near the site, each kind shows its national service; a kind with one shows none.
    @Test func aKindWithoutALocalPlaceShowsItsNationalService() {
        var step = Step(id: "s", kind: .information, prompt: Prompt(text: "s"), helpPoints: [Reference(id: "caf")])
        step.organisations = [Reference(id: "caf"), Reference(id: "ccas"), Reference(id: "cpam"), Reference(id: "mairie")]
        #expect(step.helpPointIDs() == ["caf", "france-services", "assurance-maladie"])
        #expect(step.helpPointIDs(localKinds: ["ccas", "mairie"]) == ["caf", "assurance-maladie"])
        #expect(step.helpPointIDs(localKinds: ["caf", "ccas", "cpam", "mairie"]) == ["caf"])
    }

    /// Every kind's national service is a real entry of the shipped help-points.xml.
    @Test func everyNationalServiceIsShipped() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let (library, _) = try ProcedureLoader().loadLibrary([root.appendingPathComponent("procedures").path])
        for kind in OrganisationKind.all.values {
            let entry = library.helpPoints[kind.national]
            #expect(entry != nil, "\(kind.id) → \(kind.national)")
            #expect(entry?.isExample == false)
        }
        let examples = library.helpPoints.values.filter { $0.isExample }.map(\.id)
        #expect(examples.isEmpty)
    }
}
