import Commerce
import Foundation
import IntentEngine

/// Builds the provider prompt from the shop's data and the conversation. Customer text is redacted
/// here, so nothing personal reaches a provider or the cache key.
struct PromptBuilder: Sendable {
    /// Bumped whenever the prompt's shape changes, so cached answers of the old prompt are not reused.
    static let version = "p1"

    var texts: PromptTexts = .turkish
    var historyTurns: Int
    var maxProducts: Int

    func prompt(shop: Shop, context: LLMContext) -> LLMPrompt {
        var turns: [(role: LLMPrompt.Role, text: String)] = []
        for turn in context.history.suffix(historyTurns) {
            turns.append((.user, PIIRedactor.redact(turn.user)))
            turns.append((.assistant, PIIRedactor.redact(turn.bot)))
        }
        turns.append((.user, PIIRedactor.redact(context.question)))
        return LLMPrompt(system: system(shop: shop, products: Array(context.products.prefix(maxProducts))), turns: turns)
    }

    func system(shop: Shop, products: [Product]) -> String {
        let config = shop.config
        var lines = [texts.role.replacingOccurrences(of: "{shop}", with: config.name)]
        lines += texts.rules.map { "- \($0)" }
        if let instructions = config.llm.instructions?.trimmingCharacters(in: .whitespacesAndNewlines), !instructions.isEmpty {
            lines += ["", texts.instructionsHeading, instructions]
        }
        let policies = texts.policyLabels.compactMap { key, label in
            policy(config.policies, key).map { "- \(label): \($0)" }
        }
        if !policies.isEmpty { lines += ["", texts.policiesHeading] + policies }
        if !config.faq.isEmpty {
            lines += ["", texts.faqHeading] + config.faq.prefix(10).map { "- S: \($0.q) C: \($0.a)" }
        }
        lines += ["", texts.productsHeading]
        if products.isEmpty {
            lines.append(texts.noProducts)
        } else {
            lines += products.map { productLine($0, currency: shop.catalogue.currency) }
        }
        let contacts = Self.contacts(config.handoff, texts: texts)
        if !contacts.isEmpty { lines += ["", texts.contactsHeading, contacts] }
        return lines.joined(separator: "\n")
    }

    private func productLine(_ p: Product, currency: String) -> String {
        var parts = [p.name]
        if let brand = p.brand, !brand.isEmpty { parts.append(brand) }
        parts.append(PriceFormat.turkish(p.price, currency: currency))
        parts.append(p.inStock ? texts.inStock : texts.outOfStock)
        if let attributes = p.attributes, !attributes.isEmpty {
            parts.append(attributes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))
        }
        if let variants = p.variants, !variants.isEmpty {
            parts.append(variants.prefix(8).map { v in
                v.attributes.sorted { $0.key < $1.key }.map(\.value).joined(separator: "/") + " "
                    + (v.stock > 0 ? texts.stockCount.replacingOccurrences(of: "{n}", with: String(v.stock)) : texts.outOfStock)
            }.joined(separator: "; "))
        }
        if let description = p.description, !description.isEmpty { parts.append(String(description.prefix(200))) }
        return "- " + parts.joined(separator: " | ")
    }

    private func policy(_ p: Policies, _ key: PromptTexts.PolicyKey) -> String? {
        let value: String? = switch key {
        case .shipping: p.shipping
        case .returns: p.returns
        case .payment: p.payment
        case .orderStatus: p.orderStatus
        case .contact: p.contact
        case .workingHours: p.workingHours
        }
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// "Telefon: …, WhatsApp: …, E-posta: …" from the shop's handoff section.
    static func contacts(_ handoff: Handoff, texts: PromptTexts) -> String {
        [(texts.contactLabels.phone, handoff.phone), (texts.contactLabels.whatsapp, handoff.whatsapp),
         (texts.contactLabels.email, handoff.email)]
            .compactMap { label, value in value.flatMap { $0.isEmpty ? nil : "\(label): \($0)" } }
            .joined(separator: ", ")
    }
}

/// The polite Turkish answer when no LLM answer is possible, naming the shop's handoff contacts.
func llmFallbackAnswer(shop: Shop, texts: PromptTexts = .turkish) -> String {
    let contacts = PromptBuilder.contacts(shop.config.handoff, texts: texts)
    return contacts.isEmpty ? texts.fallbackWithoutContacts
        : texts.fallbackWithContacts.replacingOccurrences(of: "{contacts}", with: contacts)
}
