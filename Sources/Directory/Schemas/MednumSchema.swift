/// The ANCT's "schéma des lieux de médiation numérique", as the `@gouvfr-anct/lieux-de-mediation-numerique`
/// library reads it (`SchemaLieuMediationNumerique`): the same fields in CSV and JSON, lists as one
/// string with `;` between items.
public enum MednumSchema {
    /// The fields in the order the national CSV export writes them.
    public static let fields = [
        "id", "pivot", "nom", "adresse", "complement_adresse", "commune", "code_postal", "code_insee", "latitude", "longitude",
        "typologie", "structure_parente", "telephone", "courriel", "site_web", "presentation_resume", "presentation_detail",
        "publics_accueillis", "conditions_acces", "modalites_accompagnement", "labels_nationaux", "labels_autres", "services",
        "horaires", "prise_rdv", "fiche_acces_libre", "cle_ban", "source", "date_maj",
    ]

    /// The service names the schema accepts (its `Service` enumeration).
    public static let services: Set<String> = [
        "Acquisition de matériel informatique à prix solidaire", "Aide aux démarches administratives",
        "Maîtrise des outils numériques du quotidien", "Insertion professionnelle via le numérique",
        "Utilisation sécurisée du numérique", "Parentalité et éducation avec le numérique", "Loisirs et créations numériques",
        "Compréhension du monde numérique", "Accès internet et matériel informatique",
    ]

    /// The place a row describes, or what is wrong with it.
    static func place(from row: SourceRow) -> Result<Place, RowRefusal> {
        var reader = RowReader(row)
        let id = reader.text("id", required: true)
        let name = reader.text("nom", required: true)
        _ = reader.text("pivot", required: true, pattern: .siret)
        let street = reader.text("adresse", required: true)
        let commune = reader.text("commune", required: true)
        let postcode = reader.text("code_postal", required: true, pattern: .postcode)
        let insee = reader.text("code_insee", pattern: .inseeCode)
        let latitude = reader.number("latitude", within: -90...90)
        let longitude = reader.number("longitude", within: -180...180)
        let services = reader.list("services", required: true, allowed: services)
        let updated = reader.text("date_maj", required: true, pattern: .date)
        let email = reader.text("courriel", pattern: .email)
        if (latitude == nil) != (longitude == nil), reader.problems.isEmpty {
            reader.refuse(latitude == nil ? "latitude" : "longitude", "required when \(latitude == nil ? "longitude" : "latitude") is given")
        }
        let place = Place(
            feed: .mednum, sourceID: id ?? "", name: name ?? "",
            address: PostalAddress(street: street ?? "", postcode: postcode ?? "", commune: commune ?? "", inseeCode: insee),
            coordinates: latitude.flatMap { latitude in longitude.map { Coordinates(latitude: latitude, longitude: $0) } },
            services: services, labels: reader.list("labels_nationaux") + reader.list("labels_autres"),
            organisations: reader.list("typologie"), accessibility: reader.text("fiche_acces_libre"), hours: reader.text("horaires"),
            phone: reader.text("telephone"), email: email, website: reader.list("site_web").first, source: reader.text("source"),
            updated: updated ?? "")
        guard reader.problems.isEmpty else { return .failure(RowRefusal(line: row.line, sourceID: id, problems: reader.problems)) }
        return .success(place)
    }

    /// The row the national schema would hold for `place` (the inverse of ``place(from:)``), by field name.
    public static func row(for place: Place) -> [String: String] {
        var row: [String: String] = [
            "id": place.sourceID, "pivot": "00000000000000", "nom": place.name, "adresse": place.address.street,
            "commune": place.address.commune, "code_postal": place.address.postcode, "code_insee": place.address.inseeCode ?? "",
            "services": place.services.joined(separator: ";"), "horaires": place.hours ?? "", "telephone": place.phone ?? "",
            "courriel": place.email ?? "", "site_web": place.website ?? "", "fiche_acces_libre": place.accessibility ?? "",
            "typologie": place.organisations.joined(separator: ";"), "labels_nationaux": place.labels.joined(separator: ";"),
            "source": place.source ?? "", "date_maj": place.updated,
        ]
        if let coordinates = place.coordinates {
            row["latitude"] = String(coordinates.latitude)
            row["longitude"] = String(coordinates.longitude)
        }
        return row
    }
}

/// A row refused, with every field at fault.
struct RowRefusal: Error {
    var line: Int
    /// The row's id when it could be read: such a place is left as it was, not retired.
    var sourceID: String?
    var problems: [(field: String, message: String)]
}
