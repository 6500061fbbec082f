import CLibFuzzer
import Glibc
import GuideEngine
import ProcedureModel
import ProcedureXML

// Answer parsing is internal to GuideEngine, so the fuzzer reaches it the way a kiosk does: a typed
// answer handed to a session waiting at a number, a date, a choice and a yes/no question in turn.
private let questions = """
    <?xml version="1.0" encoding="UTF-8"?>
    <procedure xmlns="urn:ariane:procedure:1" id="fuzz" version="2026-12" xml:lang="fr">
      <title>Toutes les sortes de réponses</title>
      <source href="https://www.service-public.fr/" checked="2026-12-06"/>
      <start step="revenus"/>
      <step id="revenus" kind="question" answer="number" min="0" max="100000" unit="euros">
        <text>Combien gagnez-vous par mois ?</text><audio>Combien gagnez-vous par mois ?</audio>
        <next step="naissance"/>
      </step>
      <step id="naissance" kind="question" answer="date">
        <text>Quelle est votre date de naissance ?</text><audio>Quelle est votre date de naissance ?</audio>
        <next step="foyer"/>
      </step>
      <step id="foyer" kind="question" answer="choice">
        <text>Combien de personnes vivent chez vous ?</text><audio>Combien de personnes ?</audio>
        <choice value="1"><text>1 personne</text><audio>Une personne.</audio></choice>
        <choice value="2+"><text>2 personnes ou plus</text><audio>Deux ou plus.</audio></choice>
        <next step="aides"/>
      </step>
      <step id="aides" kind="question" answer="yesno">
        <text>Avez-vous des aides ?</text><audio>Avez-vous des aides ?</audio>
        <choice value="oui"><text>Oui</text><audio>Oui.</audio></choice>
        <choice value="non"><text>Non</text><audio>Non.</audio></choice>
        <next step="fin" when="$revenus &lt;= 850 and $naissance &gt; 19000101"/>
        <next step="fin"/>
      </step>
      <step id="fin" kind="outcome" result="eligible">
        <text>Vous pouvez demander.</text><audio>Vous pouvez demander.</audio>
      </step>
    </procedure>
    """

/// One session waiting at each question, walked there once with ordinary answers.
private let waiting: [Session] = {
    do {
        let procedure = try ProcedureLoader().loadProcedure(xml: questions, file: "fuzz.xml")
        let context = SessionContext(sessionID: "fuzz", channel: .kiosk, locale: "fr")
        var session = Session(procedure: procedure, context: context, conditions: try XPathConditions(procedure: procedure))
        var sessions: [Session] = []
        _ = session.handle(.start, at: 1_000)
        for answer in ["850", "25/12/1990", "2+"] {
            sessions.append(session)
            _ = session.handle(.answer(answer), at: 2_000)
        }
        sessions.append(session)
        return sessions
    } catch {
        fatalError("fuzz: the answer procedure did not load: \(error)")
    }
}()

/// Any text typed at any kind of question: the session must accept or reject it, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let typed = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for var session in waiting {
        let step = session.currentStep?.id ?? "?"
        let effects = session.handle(.answer(typed), at: 3_000)
        if effects.isEmpty { fatalError("fuzz: an answer at \(step) had no effect") }
        if let problem = implausible(session.answers[step], at: step) {
            fatalError("fuzz: \(typed.debugDescription) at \(step) was accepted as \(problem)")
        }
    }
    return 0
}

/// What is wrong with an accepted answer, if anything: a number outside its bounds, a day that does not exist.
private func implausible(_ answer: AnswerValue?, at step: String) -> String? {
    guard case .number(let value)? = answer else { return nil }
    switch step {
    case "revenus" where !(value.isFinite && (0...100_000).contains(value)):
        return "the number \(value)"
    case "naissance":
        let day = Int(value)
        let (year, month, date) = (day / 10_000, day / 100 % 100, day % 100)
        guard Double(day) == value, (1...12).contains(month), (1...31).contains(date), year > 0 else {
            return "the date \(value)"
        }
        return nil
    default:
        return nil
    }
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
