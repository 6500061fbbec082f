import ProcedureCheck
import ProcedureModel
import Testing

@Test func loopWithNoWayOutIsListedInPathOrder() throws {
    let xml = cleanXML(
        sendingSecondChoiceTo: "a", adding: information("a", next: "b"), information("c", next: "a"),
        information("b", next: "c"))
    #expect(try check(xml: xml) == ["t.xml:21:3: error: [loop-without-exit] loop with no way out: 'a' → 'b' → 'c' → 'a'"])
}

@Test func stepThatComesBackToItselfIsALoop() throws {
    let xml = cleanXML(sendingSecondChoiceTo: "encore", adding: information("encore", next: "encore"))
    #expect(try check(xml: xml) == ["t.xml:21:3: error: [loop-without-exit] loop with no way out: 'encore' → 'encore'"])
}

@Test func loopIsDescribedFromWhereAPersonEntersIt() throws {
    // 'b' comes first in the file, but a person arrives at 'a'.
    let xml = cleanXML(sendingSecondChoiceTo: "a", adding: information("b", next: "a"), information("a", next: "b"))
    #expect(try check(xml: xml) == ["t.xml:22:3: error: [loop-without-exit] loop with no way out: 'a' → 'b' → 'a'"])
}

@Test func loopMembersOffTheShortestWayRoundAreNamed() throws {
    let xml = cleanXML(
        sendingSecondChoiceTo: "a", adding: information("a", next: "b"), question("b", choices: ["1": "a", "2": "c"]),
        information("c", next: "b"))
    #expect(
        try check(xml: xml) == [
            "t.xml:21:3: error: [loop-without-exit] loop with no way out: 'a' → 'b' → 'a' (also caught in it: 'c')"
        ])
}

@Test func stepsLeadingOnlyIntoALoopAreSummedUpOnceNearestTheStart() throws {
    let xml = cleanXML(
        sendingSecondChoiceTo: "x", adding: information("x", next: "y"), information("y", next: "a"),
        information("a", next: "a"))
    #expect(
        try check(xml: xml) == [
            "t.xml:21:3: error: [no-way-to-an-outcome] step 'x' can never lead to an outcome (nor can 'y')",
            "t.xml:23:3: error: [loop-without-exit] loop with no way out: 'a' → 'a'",
        ])
}

@Test func loopWithAWayOutIsFine() throws {
    let xml = cleanXML(
        sendingSecondChoiceTo: "a", adding: information("a", next: "b"), question("b", choices: ["1": "a", "2": "fin"]))
    #expect(try check(xml: xml) == [])
}

@Test func procedureWithoutAnyOutcome() throws {
    let xml = #"""
        <procedure xmlns="urn:ariane:procedure:1" id="t" version="1" xml:lang="fr">
          <title>Sans fin</title>
          <source href="https://www.service-public.fr/" checked="2026-11-01"/>
          <start step="debut"/>
        \#(information("debut", next: "suite"))
        \#(information("suite", next: "suite"))
        </procedure>
        """#
    #expect(
        try check(xml: xml) == [
            "t.xml:1:1: warning: [no-scenario] procedure 't' has no scenario: add a <scenario> for each outcome",
            "t.xml:5:3: error: [no-way-to-an-outcome] step 'debut' can never lead to an outcome",
            "t.xml:6:3: error: [loop-without-exit] loop with no way out: 'suite' → 'suite'",
        ])
}

@Test func thousandsOfStepsAreCheckedWithoutRecursion() {
    // One ring of steps with no way out, deep enough to overflow a recursive search. Built in Swift:
    // the point is the graph's size, not the file.
    let count = 20_000
    let spoken = Prompt(text: "Suite", audio: AudioScript(parts: [.text("Suite")]))
    let ring = (0..<count).map { index in
        Step(
            id: "s\(index)", kind: .information, prompt: spoken,
            transitions: [Transition(target: "s\((index + 1) % count)")],
            location: SourceLocation(line: 5 + index, column: 3))
    }
    let procedure = Procedure(
        id: "t", version: "1", language: "fr", title: "Ring", start: Reference(id: "s0"), steps: ring,
        file: "t.xml", location: SourceLocation(line: 1, column: 1))
    let names = (0..<10).map { "'s\($0)'" }.joined(separator: " → ")
    #expect(
        ProcedureChecker.check(procedure, documents: [:], helpPoints: [:]).map(\.description) == [
            "t.xml:1:1: warning: [no-scenario] procedure 't' has no scenario: add a <scenario> for each outcome",
            "t.xml:5:3: error: [loop-without-exit] loop with no way out: \(names) → … → 's0' (20000 steps)",
        ])
}
