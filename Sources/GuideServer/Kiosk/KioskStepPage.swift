import GuideEngine
import Hummingbird
import ProcedureModel

extension GuideServices {
    /// The page of `session`'s current step, with `notice` said on it; `nil` when it is at no step.
    ///
    /// Rendered once per ``StepPages/Key`` and kept with holes for the step shown and the notice: the
    /// templates took most of a step page's time (bench/kiosk_vs_nginx.sh). A page is only kept once
    /// filling its holes gave the very bytes just rendered.
    func stepPage(_ session: Session, notice: String?) throws -> Response? {
        guard let step = session.currentStep, let shown = ShownStep(session)?.formValue else { return nil }
        let key = StepPages.Key(
            locale: session.context.locale, procedure: session.procedure.id, version: session.procedure.version, step: step.id,
            canGoBack: session.path.count > 1, hasNotice: notice != nil, memory: PageMemory.current, address: PageMemory.page)
        var values: [PageWithHoles.Hole: String] = [.shown: shown]
        values[.notice] = notice
        if let kept = stepPages.page(for: key) { return pages.response(kept.filled(values)) }

        let content = content(session.context.locale)
        guard var view = content.stepView(session, notice: notice, withAudio: audio != nil) else { return nil }
        let html = ByteBuffer(string: try pages.html("step", frame(content, title: view.prompt, page: view, canCall: true)))
        view.shown = PageWithHoles.Hole.shown.marker
        view.notice = notice.map { _ in PageWithHoles.Hole.notice.marker }
        let marked = try pages.html("step", frame(content, title: view.prompt, page: view, canCall: true))
        if let page = PageWithHoles(marked: marked), page.filled(values) == html { stepPages.keep(page, for: key) }
        return pages.response(html)
    }
}
