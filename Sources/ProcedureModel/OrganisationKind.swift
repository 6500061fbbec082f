/// A kind of local organisation or service a step sends people to (`<organisation kind="ccas"/>`):
/// a CCAS, a CAF office, a town hall, a digital mediator.
///
/// A procedure names the kind, never a particular office: the kiosk finds the nearest places of that
/// kind in the site's directory (the national open data a site imports), and shows the kind's
/// national service when none is near. The list is fixed here, not in the procedures, so that
/// `ariane check` can refuse a misspelt kind and every site reads the same words the same way.
public struct OrganisationKind: Sendable, Hashable, Identifiable {
    /// The name a procedure uses (`kind="…"`).
    public let id: String
    /// The typology codes a place of this kind carries, as the open data spells them (data·inclusion's
    /// `typologie`, the ANCT's `typologie`): compared whole, without regard to case.
    public let typologies: [String]
    /// Words that name the kind in a place's services, organisations or labels, compared as whole words
    /// without regard to case or accents ("CAF" finds "Accueil CAF", never "café").
    public let words: [String]
    /// The national entry of help-points.xml shown when no place of this kind is near the site.
    public let national: String

    init(_ id: String, typologies: [String] = [], words: [String], national: String) {
        self.id = id
        self.typologies = typologies
        self.words = words
        self.national = national
    }

    /// The kinds a procedure may name, by id. Typology codes are data·inclusion's (`CCAS`, `MUNI`, `PE`,
    /// `RFS`…) and the ANCT's where they differ (`MAIRIE`, `FS`).
    public static let all: [String: OrganisationKind] = Dictionary(
        uniqueKeysWithValues: [
            OrganisationKind("caf", typologies: ["CAF"], words: ["CAF", "caisse d'allocations familiales"], national: "caf"),
            OrganisationKind("cpam", typologies: ["CPAM"], words: ["CPAM", "Assurance Maladie"], national: "assurance-maladie"),
            OrganisationKind("msa", typologies: ["MSA"], words: ["MSA", "Mutualité sociale agricole"], national: "msa"),
            OrganisationKind("france-travail", typologies: ["FT", "PE"], words: ["France Travail", "Pôle emploi"], national: "france-travail"),
            OrganisationKind(
                "france-services", typologies: ["RFS", "FS", "MSAP"], words: ["France Services", "maison de services au public"],
                national: "france-services"),
            // Every place of the ANCT's map is a digital-mediation place: each of the schema's nine services has
            // one of these words (a test holds it); data·inclusion's places say so in their services.
            OrganisationKind(
                "mediation-numerique", words: ["numérique", "numériques", "informatique", "démarches administratives", "Aidants Connect"],
                national: "france-services"),
            OrganisationKind("ccas", typologies: ["CCAS", "CIAS"], words: ["CCAS", "CIAS", "centre communal d'action sociale"], national: "france-services"),
            OrganisationKind("mairie", typologies: ["MUNI", "MAIRIE"], words: ["mairie", "hôtel de ville"], national: "france-services"),
            OrganisationKind(
                "departement", typologies: ["CD", "DEPT", "SCCD", "MDS"],
                words: ["conseil départemental", "maison départementale des solidarités"], national: "france-services"),
            OrganisationKind(
                "mdph", typologies: ["MDPH"], words: ["MDPH", "maison départementale des personnes handicapées"], national: "france-services"),
            OrganisationKind(
                "point-justice", typologies: ["PAD", "MJD", "CDAD"], words: ["point-justice", "point d'accès au droit", "maison de justice et du droit"],
                national: "france-services"),
            OrganisationKind("adil", typologies: ["ADIL"], words: ["ADIL", "information sur le logement"], national: "adil"),
            OrganisationKind(
                "logement-social", words: ["logement social", "bailleur social", "demande de logement social"], national: "france-services"),
            OrganisationKind("domiciliation", words: ["domiciliation"], national: "france-services"),
            // "PASS" alone would find the "Pass numérique" label: the service is named in full.
            OrganisationKind("pass", typologies: ["PASS"], words: ["permanence d'accès aux soins"], national: "assurance-maladie"),
            OrganisationKind("pmi", typologies: ["PMI"], words: ["PMI", "protection maternelle et infantile"], national: "france-services"),
        ].map { ($0.id, $0) })
}

extension Step {
    /// The help points to show for this step: its national entries, then the national service of each
    /// organisation kind it names that has no place near the site (`localKinds` holds those that do),
    /// each once, in the order the file names them.
    public func helpPointIDs(localKinds: Set<String> = []) -> [String] {
        let national = organisations.compactMap { kind in
            localKinds.contains(kind.id) ? nil : OrganisationKind.all[kind.id]?.national
        }
        var seen = Set<String>()
        return (helpPoints.map(\.id) + national).filter { seen.insert($0).inserted }
    }
}
