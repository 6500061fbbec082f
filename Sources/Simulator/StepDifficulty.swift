import ProcedureModel

/// How hard a step is for the simulated people, and why a worker would say they are stuck there.
///
/// The same for every session (a stable hash of the step's id, not the run's seed), so that the
/// simulated log has hard steps that analytics can find, as a real one would.
enum StepDifficulty {
    /// 0 (nothing to it) to 1 (where people give up).
    static func of(_ step: Step, in procedure: Procedure) -> Double {
        var base: Double
        switch step.kind {
        case .information: base = 0.1
        case .question: base = 0.3
        case .checklist: base = 0.45
        case .action: base = 0.4
        case .outcome: return 0
        }
        switch step.answer {
        case .number?, .date?: base += 0.2
        case .choice?, .yesNo?, nil: break
        }
        if step.isSensitive { base += 0.15 }
        return min(1, base + 0.35 * stableFraction(procedure.id + "/" + step.id))
    }

    /// What a worker notes at `step` for a person with this language and ease with screens.
    static func blockages(at step: Step, foreignLanguage: Bool, digitalEase: Double) -> [(BlockageCategory, Double)] {
        var weights: [(BlockageCategory, Double)] = [(.other, 0.5)]
        if foreignLanguage { weights.append((.language, 2)) }
        if digitalEase < 0.3 { weights.append((.digitalSkills, 1.5)) }
        switch (step.kind, step.answer) {
        case (.checklist, _): weights.append((.missingDocument, 3))
        case (.action, _):
            weights.append((.noEmailOrPhone, 1.5))
            weights.append((.officialSiteDown, step.action?.kind == .website ? 1.5 : 0.2))
        case (.question, .number?), (.question, .date?):
            weights.append((.eligibilityUnclear, 2))
            weights.append((.missingDocument, 1))
        default: weights.append((.eligibilityUnclear, 1))
        }
        return weights
    }

    /// A number in 0..<1 from `text` alone (FNV-1a), the same on every run and machine.
    static func stableFraction(_ text: String) -> Double {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01B3
        }
        return Double(hash >> 11) / Double(1 << 53)
    }
}
