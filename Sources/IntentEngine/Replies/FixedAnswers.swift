import Commerce

/// The answers that depend only on the shop's files and the bot's sentences — policies, the contact
/// lines, the fallbacks — composed once when the engine is built instead of on every turn.
struct FixedAnswers: Sendable {
    /// By `Intent.slot`: the policy answer, or nil when the shop's files do not say.
    let policies: [String?]
    /// The answer when a policy is not in the shop's files.
    let policyMissing: String
    /// The answer when nothing the shop's data says fits.
    let fallback: String

    init(shop: Shop, texts: ReplyTexts) {
        policies = Intent.allCases.sorted { $0.slot < $1.slot }.map { Self.policy($0, shop: shop, texts: texts) }
        let contact = Self.contactValue(shop).map { " " + ReplyTexts.fill(texts.fallbackContact, ["value": $0]) } ?? ""
        policyMissing = texts.policyMissing + contact
        fallback = texts.fallback + contact
    }

    /// The policy answer for `intent`, or nil when the shop's files do not say.
    static func policy(_ intent: Intent, shop: Shop, texts: ReplyTexts) -> String? {
        let p = shop.config.policies
        var parts: [String] = []
        switch intent {
        case .shipping: parts = [p.shipping].compactMap { $0 }
        case .returns: parts = [p.returns].compactMap { $0 }
        case .payment: parts = [p.payment].compactMap { $0 }
        case .orderStatus: parts = [p.orderStatus].compactMap { $0 }
        case .contact:
            if let contact = p.contact { parts.append(contact) }
            let known = parts.joined(separator: " ")
            for line in handoffLines(shop, texts) where !TextSearch.contains(known, line.value) { parts.append(line.text) }
            if let hours = p.workingHours, !TextSearch.contains(known, hours) {
                parts.append(ReplyTexts.fill(texts.workingHours, ["value": hours]))
            }
        case .humanHandoff:
            let lines = handoffLines(shop, texts)
            if lines.isEmpty {
                if let contact = p.contact { parts = [contact] }
            } else {
                parts = [texts.handoffIntro] + lines.map(\.text)
                if let hours = p.workingHours { parts.append(ReplyTexts.fill(texts.workingHours, ["value": hours])) }
            }
        default: break
        }
        if parts.isEmpty { return nil }
        return parts.joined(separator: intent == .humanHandoff || intent == .contact ? "\n" : " ")
    }

    static func handoffLines(_ shop: Shop, _ texts: ReplyTexts) -> [(text: String, value: String)] {
        let h = shop.config.handoff
        var lines: [(String, String)] = []
        if let v = h.phone, !v.isEmpty { lines.append((ReplyTexts.fill(texts.phone, ["value": v]), v)) }
        if let v = h.whatsapp, !v.isEmpty { lines.append((ReplyTexts.fill(texts.whatsapp, ["value": v]), v)) }
        if let v = h.email, !v.isEmpty { lines.append((ReplyTexts.fill(texts.email, ["value": v]), v)) }
        return lines
    }

    static func contactValue(_ shop: Shop) -> String? {
        let h = shop.config.handoff
        return [h.phone, h.whatsapp, h.email].compactMap { $0 }.first { !$0.isEmpty }
    }
}
