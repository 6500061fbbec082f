/// data·inclusion's schema, version 1.0 (`gip-inclusion/data-inclusion-schema`, docs/structure.md and
/// docs/service.md): structures, and services that point to them by `structure_id`.
///
/// A service becomes what its structure offers: its name and its thematiques join the structure's
/// services, so a place is found by "accompagnement dans les démarches administratives".
enum DataInclusionSchema {
    /// A structure row read as a place (its services not yet folded in).
    static func structure(from row: SourceRow) -> Result<Place, RowRefusal> {
        var reader = RowReader(row)
        let source = reader.text("source", required: true)
        let id = reader.text("id", required: true)
        let name = reader.text("nom", required: true)
        _ = reader.text("description", required: true)
        let updated = reader.text("date_maj", required: true, pattern: .date)
        _ = reader.text("siret", pattern: .siret)
        let postcode = reader.text("code_postal", pattern: .postcode)
        let insee = reader.text("code_insee", pattern: .inseeCode)
        let latitude = reader.number("latitude", within: -90...90)
        let longitude = reader.number("longitude", within: -180...180)
        let email = reader.text("courriel", pattern: .email)
        if let name, !(3...150).contains(name.count) { reader.refuse("nom", "must be 3 to 150 characters, has \(name.count)") }
        let place = Place(
            feed: .dataInclusion, sourceID: key(source: source, id: id), name: name ?? "",
            address: PostalAddress(
                street: [reader.text("adresse"), reader.text("complement_adresse")].compactMap { $0 }.joined(separator: ", "),
                postcode: postcode ?? "", commune: reader.text("commune") ?? "", inseeCode: insee),
            coordinates: latitude.flatMap { latitude in longitude.map { Coordinates(latitude: latitude, longitude: $0) } },
            labels: reader.list("reseaux_porteurs"), accessibility: reader.text("accessibilite_lieu"),
            hours: reader.text("horaires_accueil"), phone: reader.text("telephone"), email: email, website: reader.text("site_web"),
            source: source, updated: updated ?? "")
        guard reader.problems.isEmpty else {
            return .failure(RowRefusal(line: row.line, sourceID: id.map { key(source: source, id: $0) }, problems: reader.problems))
        }
        return .success(place)
    }

    /// What a service row adds to its structure: the structure's key and the services offered.
    static func service(from row: SourceRow) -> Result<(structure: String, offers: [String]), RowRefusal> {
        var reader = RowReader(row)
        let source = reader.text("source", required: true)
        _ = reader.text("id", required: true)
        let structure = reader.text("structure_id", required: true)
        let name = reader.text("nom", required: true)
        _ = reader.text("date_maj", required: true, pattern: .date)
        let thematiques = reader.list("thematiques")
        _ = reader.list("types")
        _ = reader.list("modes_accueil", allowed: ["a-distance", "en-presentiel"])
        if let name, !(3...150).contains(name.count) { reader.refuse("nom", "must be 3 to 150 characters, has \(name.count)") }
        guard reader.problems.isEmpty, let structure, let name else {
            return .failure(RowRefusal(line: row.line, sourceID: nil, problems: reader.problems))
        }
        return .success((key(source: source, id: structure), [name] + thematiques))
    }

    /// data·inclusion ids are unique within one producer (`source`), not across them.
    static func key(source: String?, id: String?) -> String { "\(source ?? "")/\(id ?? "")" }
}
