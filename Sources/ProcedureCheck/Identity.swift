import ProcedureModel

/// Rules 1 and 12: ids and values that must be unique — step ids, and choice values within a step.
enum Identity: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let steps = context.procedure.steps
        let stepIDs = repeats(in: steps, by: \.id).map { first, again in
            context.error(
                .duplicateStepID, "step id \(again.id.quoted) is already used on line \(first.location.line)", at: again.location)
        }
        let choiceValues = steps.flatMap { step in
            repeats(in: step.choices, by: \.value).map { first, again in
                context.error(
                    .duplicateChoiceValue, "choice value \(again.value.quoted) is already used in step \(step.id.quoted) on line \(first.location.line)",
                    at: again.location)
            }
        }
        return stepIDs + choiceValues
    }
}

/// Each item whose key an earlier item already has, paired with that first item.
func repeats<Item>(in items: [Item], by key: (Item) -> String) -> [(first: Item, again: Item)] {
    var firstByKey: [String: Item] = [:]
    var found: [(first: Item, again: Item)] = []
    for item in items {
        if let first = firstByKey[key(item)] {
            found.append((first, item))
        } else {
            firstByKey[key(item)] = item
        }
    }
    return found
}
