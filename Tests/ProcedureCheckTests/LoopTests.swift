import ProcedureModel
import Testing

@Test func loopWithNoWayOutIsListedInPathOrder() {
    let loop = [
        step("a", line: 21, next: [next("b", line: 23)]),
        step("c", line: 24, next: [next("a", line: 26)]),
        step("b", line: 27, next: [next("c", line: 29)]),
    ]
    #expect(check(clean(sendingSecondChoiceTo: "a", plus: loop)) == [
        "t.xml:21:3: error: loop with no way out: 'a' → 'b' → 'c' → 'a'",
    ])
}

@Test func stepThatComesBackToItselfIsALoop() {
    let again = step("encore", line: 21, next: [next("encore", line: 23)])
    #expect(check(clean(sendingSecondChoiceTo: "encore", plus: [again])) == [
        "t.xml:21:3: error: loop with no way out: 'encore' → 'encore'",
    ])
}

@Test func loopIsDescribedFromWhereAPersonEntersIt() {
    // 'b' comes first in the file, but a person arrives at 'a'.
    let loop = [
        step("b", line: 21, next: [next("a", line: 23)]),
        step("a", line: 24, next: [next("b", line: 26)]),
    ]
    #expect(check(clean(sendingSecondChoiceTo: "a", plus: loop)) == [
        "t.xml:24:3: error: loop with no way out: 'a' → 'b' → 'a'",
    ])
}

@Test func loopMembersOffTheShortestWayRoundAreNamed() {
    let loop = [
        step("a", line: 21, next: [next("b", line: 23)]),
        step("b", .question, line: 24, choices: [choice("1", next: "a", line: 26), choice("2", next: "c", line: 28)]),
        step("c", line: 30, next: [next("b", line: 32)]),
    ]
    #expect(check(clean(sendingSecondChoiceTo: "a", plus: loop)) == [
        "t.xml:21:3: error: loop with no way out: 'a' → 'b' → 'a' (also caught in it: 'c')",
    ])
}

@Test func stepsLeadingOnlyIntoALoopAreSummedUpOnceNearestTheStart() {
    let steps = [
        step("x", line: 21, next: [next("y", line: 23)]),
        step("y", line: 24, next: [next("a", line: 26)]),
        step("a", line: 27, next: [next("a", line: 29)]),
    ]
    #expect(check(clean(sendingSecondChoiceTo: "x", plus: steps)) == [
        "t.xml:21:3: error: step 'x' can never lead to an outcome (nor can 'y')",
        "t.xml:27:3: error: loop with no way out: 'a' → 'a'",
    ])
}

@Test func loopWithAWayOutIsFine() {
    let loop = [
        step("a", line: 21, next: [next("b", line: 23)]),
        step("b", .question, line: 24, choices: [choice("1", next: "a", line: 26), choice("2", next: "fin", line: 28)]),
    ]
    #expect(check(clean(sendingSecondChoiceTo: "a", plus: loop)) == [])
}

@Test func procedureWithoutAnyOutcome() {
    let steps = [
        step("debut", line: 3, next: [next("suite", line: 5)]),
        step("suite", line: 6, next: [next("suite", line: 8)]),
    ]
    #expect(check(procedure(start: "debut", steps)) == [
        "t.xml:1:1: warning: procedure 't' has no scenario: add a <scenario> for each outcome",
        "t.xml:3:3: error: step 'debut' can never lead to an outcome",
        "t.xml:6:3: error: loop with no way out: 'suite' → 'suite'",
    ])
}

@Test func thousandsOfStepsAreCheckedWithoutRecursion() {
    // One long ring of steps with no way out: deep enough to overflow a recursive search.
    let count = 20_000
    let ring = (0..<count).map { index in
        step("s\(index)", line: 10 + 3 * index, next: [next("s\((index + 1) % count)", line: 12 + 3 * index)])
    }
    let names = (0..<10).map { "'s\($0)'" }.joined(separator: " → ")
    #expect(check(procedure(start: "s0", ring)) == [
        "t.xml:1:1: warning: procedure 't' has no scenario: add a <scenario> for each outcome",
        "t.xml:10:3: error: loop with no way out: \(names) → … → 's0' (20000 steps)",
    ])
}
