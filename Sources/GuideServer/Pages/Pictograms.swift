/// Which pictogram stands for a procedure on the kiosk's picker (files in `static/pictograms/`).
enum Pictograms {
    private static let byProcedure: [String: String] = [
        "css": "health", "ame": "health", "prime-activite": "money", "rsa": "money",
        "aide-logement": "house", "logement-social": "house", "france-travail": "work",
        "cheque-energie": "energy", "domiciliation": "letter", "carte-identite": "identity",
        "passeport": "identity", "allocations-familiales": "family", "grossesse": "family",
        "compte-en-ligne": "online",
    ]

    static func name(for procedure: String) -> String {
        byProcedure[procedure] ?? "procedure"
    }
}
