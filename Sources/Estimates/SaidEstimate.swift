/// An estimate said plainly: what the screen shows and what the voice says, sentence by sentence.
///
/// "Vous pourriez recevoir environ 470 € par mois d'aide au logement. C'est une estimation : la CAF
/// décide." — with the month of the rules used, so that a sheet read later says how old the figure is.
public struct SaidEstimate: Sendable, Hashable {
    public var text: [String]
    public var audio: [String]

    public init(_ result: EstimateResult, language: String) {
        let phrases = EstimatePhrases.of(language)
        var text: [String] = []
        var audio: [String] = []
        var deciders: [(String, String)] = []
        for benefit in result.benefits {
            if let words = BenefitWords.of(benefit.variable, language: language) {
                let amount = Self.amount(benefit)
                if amount > 0 {
                    text.append(phrases.amountText(amount, words.amountText))
                    audio.append(phrases.amountAudio(amount, words.amountAudio))
                } else {
                    text.append(phrases.noneText(words.noneText))
                    audio.append(phrases.noneAudio(words.noneAudio))
                }
                if !deciders.contains(where: { $0.0 == words.deciderText }) { deciders.append((words.deciderText, words.deciderAudio)) }
            }
        }
        if let health = HealthCoverWords(result, phrases: phrases) {
            text.append(health.text)
            audio.append(health.audio)
            deciders.append((phrases.healthDeciderText, phrases.healthDeciderAudio))
        }
        for (written, spoken) in deciders {
            text.append(phrases.estimateText(written))
            audio.append(phrases.estimateAudio(spoken))
        }
        text.append(phrases.rulesText(result.period))
        audio.append(phrases.rulesAudio(result.period))
        self.text = text
        self.audio = audio
    }

    /// Euros as said: to 10 € from 50 € up, to the euro below, where 10 € would change the figure too much
    /// (the Complémentaire santé solidaire costs 8 € to 30 € a month).
    static func amount(_ benefit: BenefitEstimate) -> Int {
        benefit.monthly >= 50 ? benefit.roundedMonthly : Int(benefit.monthly.rounded())
    }
}

/// The Complémentaire santé solidaire: free (`cmu_c`), for a small monthly sum (`css_participation_forfaitaire`), or not.
struct HealthCoverWords {
    var text: String
    var audio: String

    init?(_ result: EstimateResult, phrases: EstimatePhrases) {
        let free = result.benefit("cmu_c")
        let paid = result.benefit("css_participation_forfaitaire")
        guard free != nil || paid != nil else { return nil }
        if let free, free.monthly > 0 {
            (text, audio) = (phrases.healthFreeText, phrases.healthFreeAudio)
        } else if let paid, SaidEstimate.amount(paid) > 0 {
            let amount = SaidEstimate.amount(paid)
            (text, audio) = (phrases.healthPaidText(amount), phrases.healthPaidAudio(amount))
        } else {
            (text, audio) = (phrases.healthNoneText, phrases.healthNoneAudio)
        }
    }
}
