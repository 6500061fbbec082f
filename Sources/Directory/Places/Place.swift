/// A place where a person helps residents: a digital-mediation place, a France Services office, a social centre.
///
/// Read from the national open data (the ANCT's "lieux de médiation numérique", data·inclusion's
/// structures and services) or proposed by a site's workers. Never invented: every field is as the
/// source wrote it, or empty.
public struct Place: Sendable, Hashable, Codable, Identifiable {
    /// `feed/sourceID`: unique across the feeds a site imports.
    public var id: String { feed.rawValue + "/" + sourceID }
    /// Which file the place comes from, so a re-import retires only that feed's places.
    public var feed: Feed
    /// The identifier the source gives the place (`id` in both schemas).
    public var sourceID: String
    public var name: String
    public var address: PostalAddress
    public var coordinates: Coordinates?
    /// What the place offers, in the source's words ("Aide aux démarches administratives", a data·inclusion thematique…).
    public var services: [String]
    /// National labels and programmes ("France Services", "Aidants Connect"…).
    public var labels: [String]
    /// Kinds of organisation (typologie: "CCAS", "MAIRIE", "CAF"…), for procedures that deal with one.
    public var organisations: [String]
    /// Languages spoken, as ISO 639 codes; filled by workers, since neither schema carries them.
    public var languages: [String]
    /// An Acceslibre page, when the source links one.
    public var accessibility: String?
    /// OpenStreetMap `opening_hours`, as written.
    public var hours: String?
    public var phone: String?
    public var email: String?
    public var website: String?
    /// The producer of the data, as the source says (`source`); kept across re-imports.
    public var source: String?
    /// `date_maj`: when the producer last changed it, YYYY-MM-DD; kept across re-imports.
    public var updated: String
    /// Closed until this day included (YYYY-MM-DD), e.g. for the holidays: set by a site, kept across re-imports.
    public var closedUntil: String?
    /// The day a re-import no longer found it (YYYY-MM-DD); a retired place is kept but never shown.
    public var retired: String?

    public init(
        feed: Feed, sourceID: String, name: String, address: PostalAddress, coordinates: Coordinates? = nil,
        services: [String] = [], labels: [String] = [], organisations: [String] = [], languages: [String] = [],
        accessibility: String? = nil, hours: String? = nil, phone: String? = nil, email: String? = nil,
        website: String? = nil, source: String? = nil, updated: String, closedUntil: String? = nil, retired: String? = nil
    ) {
        self.feed = feed
        self.sourceID = sourceID
        self.name = name
        self.address = address
        self.coordinates = coordinates
        self.services = services
        self.labels = labels
        self.organisations = organisations
        self.languages = languages
        self.accessibility = accessibility
        self.hours = hours
        self.phone = phone
        self.email = email
        self.website = website
        self.source = source
        self.updated = updated
        self.closedUntil = closedUntil
        self.retired = retired
    }
}

/// The feed a place was read from.
public enum Feed: String, Sendable, Hashable, Codable, CaseIterable {
    /// The ANCT's national map of digital-mediation places.
    case mednum
    /// data·inclusion's structures (with their services folded in).
    case dataInclusion = "data-inclusion"
    /// Proposed by a site's workers and approved there.
    case local
}

/// An address as the schemas split it.
public struct PostalAddress: Sendable, Hashable, Codable {
    public var street: String
    public var postcode: String
    public var commune: String
    /// The INSEE commune code (not the postcode).
    public var inseeCode: String?

    public init(street: String, postcode: String, commune: String, inseeCode: String? = nil) {
        self.street = street
        self.postcode = postcode
        self.commune = commune
        self.inseeCode = inseeCode
    }

    /// "12 rue X, 75011 Paris".
    public var oneLine: String {
        [street, [postcode, commune].filter { !$0.isEmpty }.joined(separator: " ")].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
