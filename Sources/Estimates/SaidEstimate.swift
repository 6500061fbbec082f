public import ProcedureModel

/// An estimate said plainly: what the screen shows and what the voice says, sentence by sentence.
///
/// "Vous pourriez recevoir environ 470 € par mois d'aide au logement. C'est une estimation : la CAF
/// décide." — with the month of the rules used, so that a sheet read later says how old the figure is.
/// The words are the kiosk's interface words (`kiosk.estimate*`, `kiosk.month*` in `interface.xlf`, French
/// in `KioskText.estimate`); each sentence's spoken form is its `.audio` unit, which says "euros".
public struct SaidEstimate: Sendable, Hashable {
    public var text: [String]
    public var audio: [String]

    /// - Parameter words: the interface words of the kiosk language, French where one is not translated.
    public init(_ result: EstimateResult, words: InterfaceText) {
        let say = Sentences(words: words)
        var sentences: [(text: String, audio: String)] = []
        var deciders: [String] = []
        for benefit in result.benefits {
            let name = "kiosk.estimate.\(benefit.variable)"
            guard say.knows(name + ".amount") else { continue }
            let amount = Self.amount(benefit)
            sentences.append(
                amount > 0
                    ? say("kiosk.estimateAmount", amount: amount, words: ["benefit": name + ".amount"])
                    : say("kiosk.estimateNone", words: ["benefit": name + ".none"]))
            if !deciders.contains("kiosk.estimateCaf") { deciders.append("kiosk.estimateCaf") }
        }
        if let health = Self.healthCover(result, say) {
            sentences.append(health)
            deciders.append("kiosk.estimateAssuranceMaladie")
        }
        sentences += deciders.map { say("kiosk.estimateDecides", words: ["decider": $0]) }
        sentences.append(say.rules(result.period))
        self.text = sentences.map(\.text)
        self.audio = sentences.map(\.audio)
    }

    /// Euros as said: to 10 € from 50 € up, to the euro below, where 10 € would change the figure too much
    /// (the Complémentaire santé solidaire costs 8 € to 30 € a month).
    static func amount(_ benefit: BenefitEstimate) -> Int {
        benefit.monthly >= 50 ? benefit.roundedMonthly : Int(benefit.monthly.rounded())
    }

    /// The Complémentaire santé solidaire: free (`cmu_c`), for a small monthly sum (`css_participation_forfaitaire`), or not.
    private static func healthCover(_ result: EstimateResult, _ say: Sentences) -> (text: String, audio: String)? {
        let free = result.benefit("cmu_c")
        let paid = result.benefit("css_participation_forfaitaire")
        guard free != nil || paid != nil else { return nil }
        if let free, free.monthly > 0 { return say("kiosk.estimateHealthFree") }
        if let paid, amount(paid) > 0 { return say("kiosk.estimateHealthPaid", amount: amount(paid)) }
        return say("kiosk.estimateHealthNone")
    }
}

/// One sentence of an estimate, written and spoken: the unit `id` for the screen, `id.audio` for the voice,
/// each with the written or spoken form of the words it names.
private struct Sentences {
    let words: InterfaceText

    func knows(_ id: String) -> Bool {
        words.french.contains { $0.id == id }
    }

    /// `words` fills placeholders with other units: `["benefit": "kiosk.estimate.rsa.amount"]`.
    func callAsFunction(_ id: String, amount: Int? = nil, words named: [String: String] = [:]) -> (text: String, audio: String) {
        let numbers = amount.map { ["amount": "\($0)"] } ?? [:]
        let shown = named.mapValues { words($0) }.merging(numbers) { $1 }
        let spoken = named.mapValues { words($0 + ".audio") }.merging(numbers) { $1 }
        return (words(id, shown), words(id + ".audio", spoken))
    }

    /// "Calcul fait avec les règles de décembre 2026." for `2026-12`.
    func rules(_ period: String) -> (text: String, audio: String) {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
            return (words("kiosk.estimateRules", ["month": period]), words("kiosk.estimateRules.audio", ["month": period]))
        }
        let name = "kiosk.month\(month)"
        return (
            words("kiosk.estimateRules", ["month": "\(words(name)) \(parts[0])"]),
            words("kiosk.estimateRules.audio", ["month": "\(words(name + ".audio")) \(parts[0])"])
        )
    }
}
