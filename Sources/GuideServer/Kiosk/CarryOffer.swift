import Hummingbird

/// What the outcome and hand-off screens offer to take home: the sheet, and the QR code that carries
/// the session on to a phone (the `take-home` partial).
struct CarryOffer {
    /// The one-time address, as a QR code (inline SVG); `nil` on the phone the session went on to.
    let qr: String?
}

extension GuideServices {
    /// The offer for the kiosk session behind `token`, named in `language`: the sheet alone on a phone.
    func carryOffer(_ token: String, language: String, request: Request) async throws -> CarryOffer {
        guard let ticket = await runner.carryTicket(for: token, time: clock.now()) else { return CarryOffer(qr: nil) }
        let address = publicAddress(request) + "/kiosk/carry/" + ticket
        do {
            return CarryOffer(qr: try SheetQRCode(encoding: address).svg(label: content(language).word("carryOnPhone")))
        } catch {
            throw HTTPError(.internalServerError, message: "the carry-on QR code: \(error.description)")
        }
    }

    /// Where phones reach this server: `--public-url`, else the address the kiosk itself used.
    func publicAddress(_ request: Request) -> String {
        if let configured = settings.publicURL {
            return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
        }
        let scheme = settings.secureCookies ? "https" : "http"
        return "\(scheme)://\(request.head.authority ?? "\(settings.host):\(settings.port)")"
    }
}
