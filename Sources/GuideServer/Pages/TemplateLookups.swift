import Mustache

// Direct answers to the templates' `{{name}}` lookups on the pages a resident sees at every step
// (question, help, outcome). Without them swift-mustache reflects (Mirror) on the value at every
// lookup, and a step page spent over half its time there (bench/kiosk_vs_nginx.sh). Every stored
// property must be listed: GuideServerTests compares these lookups with reflection. The `…HTML` names
// are the same texts with addresses and numbers kept left to right (``BidiText``), for `{{{…}}}`.

extension PageFrame: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "dir": dir
        case "pageTitle": pageTitle
        case "text": text
        case "idleSeconds": idleSeconds
        case "idlePrompts": idlePrompts
        case "autoplay": autoplay
        case "stillThereAudio": stillThereAudio
        case "display": display
        case "feedbackGiven": feedbackGiven
        case "canCall": canCall
        case "callAudio": callAudio
        case "notReviewed": notReviewed
        // Behind a reference: every lookup inside `{{#page}}` asks it first (``TemplateParent``).
        case "page": TemplateParent.wrapping(page)
        case "nearby": nearby
        default: nil
        }
    }
}

extension KioskPages.StepView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "procedureTitle": procedureTitle
        case "prompt": prompt
        case "promptHTML": BidiText(prompt)
        case "audio": audio
        case "notice": notice
        case "reprompt": reprompt
        case "isChoice": isChoice
        case "isNumber": isNumber
        case "isDate": isDate
        case "isContinue": isContinue
        case "unit": unit
        case "example": example
        case "allowsDecimals": allowsDecimals
        case "choices": choices
        case "documents": documents
        case "link": link
        case "canGoBack": canGoBack
        case "shown": shown
        default: nil
        }
    }
}

extension KioskPages.ChoiceButton: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "audio": audio
        default: nil
        }
    }
}

extension KioskPages.ProcedureItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "lang": lang
        case "title": title
        // The title and summary with their French names kept left to right in Arabic or Dari.
        case "titleHTML": BidiText(title)
        case "summary": summary
        case "summaryHTML": summary.map(BidiText.init)
        case "pictogram": pictogram
        case "audio": audio
        default: nil
        }
    }
}

extension KioskPages.OutcomeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "procedureTitle": procedureTitle
        case "resultText": resultText
        case "resultClass": resultClass
        case "prompt": prompt
        case "promptHTML": BidiText(prompt)
        case "audio": audio
        case "documents": documents
        case "helpPoints": helpPoints
        case "carry": carry
        default: nil
        }
    }
}

extension KioskPages.HelpView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "question": question
        case "questionHTML": BidiText(question)
        case "explanation": explanation
        case "explanationHTML": BidiText(explanation)
        case "audio": audio
        case "helpPoints": helpPoints
        default: nil
        }
    }
}

extension KioskPages.HelpPointItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "description": description
        case "descriptionHTML": BidiText(description)
        case "phone": phone
        case "website": website
        case "address": address
        case "addressHTML": address.map(BidiText.init)
        case "hours": hours
        case "hoursHTML": hours.map(BidiText.init)
        case "example": example
        default: nil
        }
    }
}
