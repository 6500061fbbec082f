/// The words of the kiosk's estimate screens around the questions and the result.
public struct EstimatePageWords: Sendable {
    /// "Je calcule…", shown and said while OpenFisca computes.
    public var calculating: String
    public var calculatingAudio: String
    /// The heading above the result.
    public var result: String

    public static func of(_ language: String) -> EstimatePageWords {
        switch language {
        case "en": EstimatePageWords(calculating: "Calculating…", calculatingAudio: "Calculating. Please wait.", result: "What you could receive")
        case "ar":
            EstimatePageWords(calculating: "أقوم بالحساب…", calculatingAudio: "أَقُومُ بِٱلْحِسَابْ. اِنْتَظِرْ قَلِيلًا.", result: "ما يمكن أن تحصل عليه")
        default: EstimatePageWords(calculating: "Je calcule…", calculatingAudio: "Je calcule. Attendez un peu.", result: "Ce que vous pourriez recevoir")
        }
    }
}
