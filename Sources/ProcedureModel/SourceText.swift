/// One French string to translate, with the stable id of its translation unit.
///
/// Ids come from the structure, so they survive reordering and rewording:
/// `procedure.title`, `step.foyer.text`, `step.foyer.choice.2+.audio`, `document.avis-imposition.help`,
/// `help-point.caf.hours`, `term.caf.text`.
public struct SourceText: Sendable, Hashable {
    public var id: String
    public var parts: [AudioPart]
    /// Spoken by the kiosk: the parts may hold SSML marks.
    public var isAudio: Bool
    /// What a translator needs to know about where the string appears.
    public var context: String
    /// Where the French is written, for diagnostics about it.
    public var location: SourceLocation

    public init(id: String, parts: [AudioPart], isAudio: Bool = false, context: String, location: SourceLocation = .unknown) {
        self.id = id
        self.parts = parts
        self.isAudio = isAudio
        self.context = context
        self.location = location
    }

    public init(id: String, text: String, context: String, location: SourceLocation = .unknown) {
        self.init(id: id, parts: [.text(text)], context: context, location: location)
    }

    /// The id of the on-screen text an audio unit speaks: `step.foyer.audio` → `step.foyer.text`.
    public var textID: String? {
        isAudio && id.hasSuffix(".audio") ? String(id.dropLast(".audio".count)) + ".text" : nil
    }
}

/// Collects source texts, skipping empty ones: an absent `<help>` has nothing to translate.
struct SourceTextList {
    var texts: [SourceText] = []

    mutating func add(_ id: String, _ text: String?, _ context: String, at location: SourceLocation) {
        guard let text, !text.isEmpty else { return }
        texts.append(SourceText(id: id, text: text, context: context, location: location))
    }

    mutating func add(prompt: Prompt, prefix: String, context: String) {
        add("\(prefix).text", prompt.text, "\(context): on-screen text", at: prompt.location)
        if let audio = prompt.audio, !audio.parts.isEmpty {
            texts.append(
                SourceText(
                    id: "\(prefix).audio", parts: audio.parts, isAudio: true,
                    context: "\(context): spoken by the kiosk; keep the <x/> and <g> marks (pauses, emphasis, spelled-out words)",
                    location: audio.location))
        }
        add("\(prefix).help", prompt.help, "\(context): explanation after \"je ne comprends pas\"", at: prompt.location)
    }
}

extension Procedure {
    /// Every translatable string of the procedure, in document order.
    public var sourceTexts: [SourceText] {
        var list = SourceTextList()
        list.add("procedure.title", title, "Title of the procedure", at: location)
        list.add("procedure.summary", summary, "Summary of the procedure", at: location)
        list.add("procedure.audience", audience, "Who the procedure is for", at: location)
        for step in steps {
            list.add(prompt: step.prompt, prefix: "step.\(step.id)", context: "Step '\(step.id)' (\(step.kind.rawValue))")
            if case .number(_, _, let unit, _, let example)? = step.answer {
                list.add("step.\(step.id).unit", unit, "Step '\(step.id)': unit of the number asked (shown beside the field)", at: step.location)
                list.add(
                    "step.\(step.id).example", example,
                    "Step '\(step.id)': an example answer shown under the field; write the number with Western digits", at: step.location)
            }
            for choice in step.choices {
                list.add(
                    prompt: choice.prompt, prefix: "step.\(step.id).choice.\(choice.value)",
                    context: "Answer '\(choice.value)' of step '\(step.id)'")
            }
        }
        return list.texts
    }
}

/// The translatable strings of the shared directories, each in the order of its file.
public enum DirectoryTexts {
    public static func documents(_ documents: [String: Document]) -> [SourceText] {
        var list = SourceTextList()
        for document in inFileOrder(documents) {
            list.add(prompt: document.prompt, prefix: "document.\(document.id)", context: "Document '\(document.id)'")
        }
        return list.texts
    }

    public static func helpPoints(_ helpPoints: [String: HelpPoint]) -> [SourceText] {
        var list = SourceTextList()
        for point in inFileOrder(helpPoints) {
            let context = "Help point '\(point.id)'"
            list.add("help-point.\(point.id).name", point.name, "\(context): name (keep official names as they are)", at: point.location)
            list.add(prompt: point.prompt, prefix: "help-point.\(point.id)", context: context)
            list.add("help-point.\(point.id).hours", point.hours, "\(context): opening hours", at: point.location)
        }
        return list.texts
    }

    public static func glossary(_ terms: [String: GlossaryTerm]) -> [SourceText] {
        var list = SourceTextList()
        for term in inFileOrder(terms) {
            list.add(prompt: term.prompt, prefix: "term.\(term.id)", context: "Glossary: what \(term.abbreviation) stands for")
        }
        return list.texts
    }

    /// Entries by place in their file, then id: the same order on every run.
    private static func inFileOrder<Entry: Identifiable<String>>(_ entries: [String: Entry]) -> [Entry] where Entry: HasSourceLocation {
        entries.values.sorted { ($0.location, $0.id) < ($1.location, $1.id) }
    }
}

/// Directory entries that know where they were written.
protocol HasSourceLocation {
    var location: SourceLocation { get }
}

extension Document: HasSourceLocation {}
extension HelpPoint: HasSourceLocation {}
extension GlossaryTerm: HasSourceLocation {}
