/// A paper to bring, described once in `procedures/documents.xml` and referenced by id.
public struct Document: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var prompt: Prompt
    public var location: SourceLocation

    public init(id: String, prompt: Prompt, location: SourceLocation = .unknown) {
        self.id = id
        self.prompt = prompt
        self.location = location
    }
}

/// Where to get human help: a national service, or a kind of local place a town fills in.
///
/// Kept in `procedures/help-points.xml`. Contact details are copied from an official page, with the
/// page and date; an entry that only shows the shape of a local entry is marked `example`.
public struct HelpPoint: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var prompt: Prompt
    public var phone: String?
    public var website: String?
    public var address: String?
    public var hours: String?
    /// Where the contact details were copied from.
    public var source: OfficialSource?
    /// `true` for entries that only show a town what to fill in; never shown as real.
    public var isExample: Bool
    public var location: SourceLocation

    public init(
        id: String, name: String, prompt: Prompt, phone: String? = nil, website: String? = nil,
        address: String? = nil, hours: String? = nil, source: OfficialSource? = nil, isExample: Bool = false,
        location: SourceLocation = .unknown
    ) {
        self.id = id
        self.name = name
        self.prompt = prompt
        self.phone = phone
        self.website = website
        self.address = address
        self.hours = hours
        self.source = source
        self.isExample = isExample
        self.location = location
    }
}

/// Everything under `procedures/`: the procedures and the directories they point into.
public struct ProcedureLibrary: Sendable {
    public var procedures: [Procedure]
    public var documents: [String: Document]
    public var helpPoints: [String: HelpPoint]
    /// Acronyms explained once for every procedure (`glossary.xml`), by term id.
    public var glossary: [String: GlossaryTerm]
    /// Files the directories came from, for diagnostics that point into them.
    public var documentsFile: String?
    public var helpPointsFile: String?
    public var glossaryFile: String?
    /// The OpenFisca variables an `<estimate>` may name (`openfisca-variables.txt` beside the procedures);
    /// `nil` when the file is absent, and then the names are not checked.
    public var openFiscaVariables: Set<String>? = nil

    public init(
        procedures: [Procedure] = [], documents: [String: Document] = [:], helpPoints: [String: HelpPoint] = [:],
        glossary: [String: GlossaryTerm] = [:], documentsFile: String? = nil, helpPointsFile: String? = nil,
        glossaryFile: String? = nil
    ) {
        self.procedures = procedures
        self.documents = documents
        self.helpPoints = helpPoints
        self.glossary = glossary
        self.documentsFile = documentsFile
        self.helpPointsFile = helpPointsFile
        self.glossaryFile = glossaryFile
    }

    public func procedure(_ id: String) -> Procedure? {
        procedures.first { $0.id == id }
    }
}
