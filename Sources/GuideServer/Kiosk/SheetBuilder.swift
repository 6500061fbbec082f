import GuideEngine
import ProcedureModel

/// Builds the take-home sheet of a live session, in the resident's language.
extension GuideServices {
    func sheetView(_ live: LiveSession, onKiosk: Bool, time: Int64) throws(SheetQRCode.Failure) -> SheetView {
        let session = live.session
        let language = session.context.locale
        let content = content(language)
        let translated = content.library
        let french = language == "fr" ? nil : library
        let step = session.currentStep
        var finished = false
        var resultText: String?
        if case .finished = session.state {
            finished = true
            resultText = content.outcomeView(session, withAudio: false)?.resultText
        }
        let procedure = SheetView.Named(
            name: session.procedure.title,
            french: french?.procedure(session.procedure.id).map(\.title).flatMap { $0 == session.procedure.title ? nil : $0 })
        let documents = session.checklist.map { id in
            let name = translated.documents[id]?.prompt.text ?? id
            let official = french?.documents[id]?.prompt.text
            return SheetView.Named(name: name, french: official == name ? nil : official)
        }
        let helpIDs = step?.helpPointIDs(localKinds: localKinds(step)) ?? []
        let points = LocalHelpPoints.shown(helpIDs.isEmpty ? [LocalHelpPoints.lastResort] : helpIDs, in: session.procedure, from: translated)
        let places = try points.map { point throws(SheetQRCode.Failure) in
            SheetView.Place(
                name: point.name, description: point.prompt.text, phone: point.phone, address: point.address, hours: point.hours,
                website: try point.website.map { href throws(SheetQRCode.Failure) in try sheetLink(point.name, href) })
        }
        // Each address once: a help point's site is drawn beside it, the others (the step's own link, the
        // procedure's main official page) in a list of their own. The other sources are the authors'
        // references, not pages a resident needs.
        var seen = Set(points.compactMap(\.website))
        let addresses = [step?.action?.href, session.procedure.sources.first?.href].compactMap { $0 }.filter { seen.insert($0).inserted }
        let links = try addresses.map { href throws(SheetQRCode.Failure) in try sheetLink(content.word("officialSite"), href) }
        let code = live.handOff.flatMap { $0.expires > time ? $0 : nil }
        return SheetView(
            onKiosk: onKiosk, finished: finished, date: SheetDate.day(time, language: language), procedure: procedure, resultText: resultText,
            steps: finished ? SheetSentences.split(step?.prompt.text ?? "") : [],
            stoppedAt: finished ? nil : step?.prompt.text,
            documents: documents, places: places, links: links,
            handOffCode: code?.spoken, handOffUntil: code.map { SheetDate.time($0.expires, language: language) }
        )
    }

    private func sheetLink(_ label: String, _ href: String) throws(SheetQRCode.Failure) -> SheetView.Link {
        SheetView.Link(label: label, href: href, qr: try SheetQRCode(encoding: href).svg(label: href))
    }
}
