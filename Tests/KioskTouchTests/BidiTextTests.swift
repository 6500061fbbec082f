import Foundation
import HTTPTypes
import Testing

@testable import GuideServer

/// What the template helper keeps left to right, and what it leaves to the sentence.
@Suite struct BidiTextTests {
    @Test(arguments: [
        (
            "Allez sur www.caf.fr, puis appelez le 01 23 45 67 89.",
            #"Allez sur <bdi dir="ltr">www.caf.fr</bdi>, puis appelez le <bdi dir="ltr">01 23 45 67 89</bdi>."#
        ),
        ("زوروا https://www.ameli.fr/ اليوم", #"زوروا <bdi dir="ltr">https://www.ameli.fr/</bdi> اليوم"#),
        ("أقل من 1 200 € في الشهر", #"أقل من <bdi dir="ltr">1 200</bdi> € في الشهر"#),
        ("الرمز K7-42؟", #"الرمز <bdi dir="ltr">K7-42</bdi>؟"#),
        ("Écrivez à contact@mairie.fr", #"Écrivez à <bdi dir="ltr">contact@mairie.fr</bdi>"#),
        ("Pas de chiffre ici.", "Pas de chiffre ici."),
        ("<b> & \"1\"", #"&lt;b&gt; &amp; <bdi dir="ltr">&quot;1&quot;</bdi>"#),
        // In right-to-left text, a French name of several words is one run, its parentheses outside.
        (
            "طلب الضمان الصحي التكميلي (Complémentaire santé solidaire)",
            #"طلب الضمان الصحي التكميلي (<bdi dir="ltr">Complémentaire santé solidaire</bdi>)"#
        ),
        ("بطاقة Vitale و CSS.", #"بطاقة <bdi dir="ltr">Vitale</bdi> و <bdi dir="ltr">CSS</bdi>."#),
        // In French, French words are the sentence: nothing to isolate.
        ("Demander la CSS (Complémentaire santé solidaire)", "Demander la CSS (Complémentaire santé solidaire)"),
    ])
    func isolated(text: String, html: String) {
        #expect(BidiText.html(text) == html)
    }
}
