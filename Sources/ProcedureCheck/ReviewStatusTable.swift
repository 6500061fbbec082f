public import ProcedureModel

/// The review status `ariane check` prints: per language, how many files a native speaker has read
/// (all units `final`, `signed-off` or `approved="yes"`) and who made the translations.
public enum ReviewStatusTable {
    public static func render(_ reviews: [TranslationReview]) -> String {
        guard !reviews.isEmpty else { return "" }
        let lines = reviews.map { review in
            let status = review.isReviewed ? "reviewed" : "not reviewed"
            let madeBy = review.madeBy.isEmpty ? "" : " — " + review.madeBy.joined(separator: "; ")
            return "\(review.language): \(status), \(review.reviewedFiles) of \(review.files) files read by a reviewer, "
                + "\(review.translatedUnits) of \(review.units) units translated\(madeBy)"
        }
        return (["Review status (docs/translations.md, \"Review status\"):"] + lines).joined(separator: "\n") + "\n"
    }
}
