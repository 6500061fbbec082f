/// View models of the kiosk's call pages.
enum CallViews {
    struct Waiting {
        /// "482 917 305".
        let code: String
        /// What the listen button plays, in order, space-separated: `nil` on a kiosk without sound.
        let spokenCode: String?
    }
}
