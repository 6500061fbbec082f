/// One computed benefit: what OpenFisca-France gave for the month of the rules used.
public struct BenefitEstimate: Sendable, Hashable, Codable {
    /// The OpenFisca variable: `aide_logement`.
    public var variable: String
    /// Euros per month as computed; for an eligibility variable (`cmu_c`), 1 for yes and 0 for no.
    public var monthly: Double
    /// The month of the rules used, `YYYY-MM`.
    public var period: String

    public init(variable: String, monthly: Double, period: String) {
        self.variable = variable
        self.monthly = monthly
        self.period = period
    }

    /// The amount as said to the person: to the nearest 10 €, since the rules round and the answers are rough.
    public var roundedMonthly: Int { Int((monthly / 10).rounded()) * 10 }
}

/// What the kiosk shows after "Je calcule…": every benefit asked for, for one month of the rules.
public struct EstimateResult: Sendable, Hashable {
    public var benefits: [BenefitEstimate]
    public var period: String

    public init(benefits: [BenefitEstimate], period: String) {
        self.benefits = benefits
        self.period = period
    }

    public func benefit(_ variable: String) -> BenefitEstimate? {
        benefits.first { $0.variable == variable }
    }
}
