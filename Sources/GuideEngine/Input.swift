public import ProcedureModel

/// Something the person, the kiosk or a worker does; fed to ``Session/handle(_:at:)``.
public enum Input: Sendable, Hashable {
    /// Begin at the procedure's start step.
    case start
    /// An answer to the current question, as typed or as the value of the button touched.
    case answer(String)
    /// "Continuer" on an information, checklist or action step.
    case proceed
    /// Go back this many steps (at most to the start); answers from there on are forgotten.
    case back(steps: Int)
    /// "Je ne comprends pas".
    case help
    /// Play the step's audio again (the first press at a step counts as played, later ones as replayed).
    case listen
    /// Nothing touched before the re-prompt delay: show and say the step again.
    case noInput
    /// Nothing touched for too long: the session ends and the screen is cleared.
    case timeout
    /// The person leaves.
    case abandon
    /// A word of the glossary was opened; the term is not logged.
    case openGlossary(term: String)
    /// A worker takes over.
    case handOff
    /// "Je veux parler à quelqu'un": the resident calls for a person (also from an outcome).
    case callMediator
    /// A worker accepted the resident's call (also at an outcome); a ``resume`` follows.
    case mediatorAnswered
    /// The kiosk showed the step's estimate of these benefits (OpenFisca variables); no amount is logged.
    case estimateShown(benefits: [String])
    /// The kiosk could show no estimate of these benefits, for this reason; the step's own text stands.
    case estimateFellBack(benefits: [String], EstimateFallback)
    /// A worker says why the person is blocked.
    case workerNote(BlockageCategory)
    /// Show the session again after a restore, a hand-off to another screen, or a time-out.
    case resume
}
