import ProcedureModel

/// Rule 2 within the steps: every step, document, help point and organisation kind named must exist.
///
/// Scenario references are checked with the scenarios (see ``Scenarios``).
enum References: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let procedure = context.procedure
        var diagnostics: [Diagnostic] = []
        if procedure.step(procedure.start.id) == nil {
            diagnostics.append(
                context.error(
                    .missingStart, "the procedure starts at \(procedure.start.id.quoted), which does not exist", at: procedure.start.location))
        }
        for step in procedure.steps {
            for choice in step.choices {
                guard let target = choice.next, procedure.step(target) == nil else { continue }
                diagnostics.append(
                    context.error(
                        .missingStep, "choice \(choice.value.quoted) of step \(step.id.quoted) goes to \(target.quoted), which does not exist",
                        at: choice.location))
            }
            for transition in step.transitions where procedure.step(transition.target) == nil {
                diagnostics.append(
                    context.error(
                        .missingStep, "step \(step.id.quoted) goes to \(transition.target.quoted), which does not exist",
                        at: transition.location))
            }
            for document in step.documents where context.documents[document.id] == nil {
                diagnostics.append(
                    context.error(
                        .missingDocument, "step \(step.id.quoted) asks for document \(document.id.quoted), which is not in the documents directory",
                        at: document.location))
            }
            for helpPoint in step.helpPoints where context.helpPoints[helpPoint.id] == nil {
                diagnostics.append(
                    context.error(
                        .missingHelpPoint, "step \(step.id.quoted) points to help point \(helpPoint.id.quoted), which is not in the help-points directory",
                        at: helpPoint.location))
            }
            for organisation in step.organisations where OrganisationKind.all[organisation.id] == nil {
                diagnostics.append(
                    context.error(
                        .unknownOrganisation,
                        "step \(step.id.quoted) names the organisation kind \(organisation.id.quoted), which the kiosk does not know "
                            + "(known: \(OrganisationKind.all.keys.sorted().joined(separator: ", ")))",
                        at: organisation.location))
            }
        }
        return diagnostics
    }
}
