/// What a set of source files holds, validated: the places to store, and the rows refused.
public struct ImportBatch: Sendable {
    /// Places by feed; a feed with places here is a feed whose absent places get retired (a file
    /// whose every row was refused retires nothing).
    public var places: [Feed: [Place]] = [:]
    /// Ids of refused rows, by feed: their places are left as they were rather than retired.
    public var refusedIDs: [Feed: Set<String>] = [:]
    /// Every refusal, in file and line order.
    public var diagnostics: [ImportDiagnostic] = []
    /// Files that could not be read at all: their feed is not touched.
    public var unreadFiles: Int = 0

    public init() {}

    /// Reads and validates `paths`, each in the format given or the one its content shows.
    public static func read(_ paths: [String], format: SourceFormat? = nil) -> ImportBatch {
        var batch = ImportBatch()
        var structures: [String: Place] = [:]
        var structureOrder: [String] = []
        var services: [(file: String, row: SourceRow)] = []
        var sawDataInclusion = false
        for path in paths {
            let file: SourceFile
            do {
                file = try SourceFile(path: path, format: format)
            } catch {
                batch.diagnostics.append(error)
                batch.unreadFiles += 1
                continue
            }
            batch.diagnostics += file.problems
            switch file.format {
            case .mednumCSV, .mednumJSON:
                batch.places[.mednum, default: []].reserveCapacity(file.rows.count)
                for row in file.rows { batch.take(MednumSchema.place(from: row), feed: .mednum, file: path) }
            case .dataInclusion:
                sawDataInclusion = true
                for row in file.rows {
                    switch DataInclusionSchema.structure(from: row) {
                    case .success(let place):
                        if structures.updateValue(place, forKey: place.sourceID) == nil { structureOrder.append(place.sourceID) }
                    case .failure(let refusal): batch.refuse(refusal, feed: .dataInclusion, file: path)
                    }
                }
                services += file.serviceRows.map { (path, $0) }
            }
        }
        for (file, row) in services {
            switch DataInclusionSchema.service(from: row) {
            case .success(let offer):
                guard var structure = structures[offer.structure] else {
                    batch.diagnostics.append(
                        ImportDiagnostic(file: file, line: row.line, field: "structure_id", message: "no structure \"\(offer.structure)\" in the files read"))
                    continue
                }
                for service in offer.offers where !structure.services.contains(service) { structure.services.append(service) }
                structures[offer.structure] = structure
            case .failure(let refusal): batch.refuse(refusal, feed: .dataInclusion, file: file)
            }
        }
        if sawDataInclusion { batch.places[.dataInclusion, default: []] += structureOrder.compactMap { structures[$0] } }
        // File by file in the order given, each by line, as a producer fixes them.
        let fileOrder = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        batch.diagnostics = batch.diagnostics.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            return (fileOrder[a.file] ?? 0, a.line, left.offset) < (fileOrder[b.file] ?? 0, b.line, right.offset)
        }.map(\.element)
        return batch
    }

    private mutating func take(_ result: Result<Place, RowRefusal>, feed: Feed, file: String) {
        switch result {
        case .success(let place): places[feed, default: []].append(place)
        case .failure(let refusal): refuse(refusal, feed: feed, file: file)
        }
    }

    private mutating func refuse(_ refusal: RowRefusal, feed: Feed, file: String) {
        if let id = refusal.sourceID { refusedIDs[feed, default: []].insert(id) }
        for problem in refusal.problems {
            diagnostics.append(ImportDiagnostic(file: file, line: refusal.line, field: problem.field, message: problem.message))
        }
    }
}
