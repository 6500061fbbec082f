import Foundation
import GuideEngine
import ProcedureModel

extension GuideServices {
    /// A kiosk page's frame with the places near the site that can help with `session`'s current step.
    func frame(_ content: LocalizedContent, title: String, page: Any, canCall: Bool = false, nearbyFor session: Session) -> PageFrame {
        var frame = frame(content, title: title, page: page, canCall: canCall)
        let now = Date(timeIntervalSince1970: Double(clock.now()) / 1000)
        frame.nearby = nearby?.view(for: session.currentStep, language: content.language.code, at: now)
        return frame
    }

    /// The organisation kinds `step` names that have a place near the site; none without a site place.
    func localKinds(_ step: Step?) -> Set<String> {
        guard let step, let nearby, !step.organisations.isEmpty else { return [] }
        return nearby.localKinds(step.organisations)
    }
}
