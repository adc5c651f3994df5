/// Checks what JSON decoding cannot: ids, ranges, duplicates.
public enum ShopValidator {
    /// Problems of a configuration file, in file order.
    public static func problems(config: BusinessConfig, businessID: String, fileName: String) -> [ShopLoadError] {
        var out: [ShopLoadError] = []
        func problem(_ field: String, _ text: String) { out.append(ShopLoadError(file: fileName, field: field, problem: text)) }
        if config.businessID != businessID {
            problem("business_id", "is \"\(config.businessID)\" but the file is named \(businessID).json")
        }
        if config.name.trimmingCharacters(in: .whitespaces).isEmpty { problem("name", "is empty") }
        for (i, origin) in config.allowedOrigins.enumerated() where origin.trimmingCharacters(in: .whitespaces).isEmpty {
            problem("allowed_origins[\(i)]", "is empty")
        }
        for (i, entry) in config.faq.enumerated() {
            if entry.q.trimmingCharacters(in: .whitespaces).isEmpty { problem("faq[\(i)].q", "is empty") }
            if entry.a.trimmingCharacters(in: .whitespaces).isEmpty { problem("faq[\(i)].a", "is empty") }
        }
        if let d = config.llm.dailyBudgetUSD, !(d >= 0) { problem("llm.daily_budget_usd", "must be zero or more") }
        if let m = config.llm.monthlyBudgetUSD, !(m >= 0) { problem("llm.monthly_budget_usd", "must be zero or more") }
        if let r = config.rateLimit, r.perMinute <= 0 { problem("rate_limit.per_minute", "must be more than zero") }
        if let c = config.conversation {
            if c.pageSize <= 0 { problem("conversation.page_size", "must be more than zero") }
            if c.offerTurns < 0 { problem("conversation.offer_turns", "must be zero or more") }
            if c.idleMinutes <= 0 { problem("conversation.idle_minutes", "must be more than zero") }
        }
        return out
    }

    /// Problems of a catalogue file, in file order.
    public static func problems(catalogue: Catalogue, businessID: String, fileName: String) -> [ShopLoadError] {
        var out: [ShopLoadError] = []
        func problem(_ field: String, _ text: String) { out.append(ShopLoadError(file: fileName, field: field, problem: text)) }
        if catalogue.businessID != businessID {
            problem("business_id", "is \"\(catalogue.businessID)\" but the file is named \(businessID).json")
        }
        if catalogue.currency.trimmingCharacters(in: .whitespaces).isEmpty { problem("currency", "is empty") }
        var seen: [String: Int] = [:]
        for (i, p) in catalogue.products.enumerated() {
            let at = "products[\(i)]"
            if p.id.trimmingCharacters(in: .whitespaces).isEmpty { problem("\(at).id", "is empty") }
            else if let first = seen[p.id] { problem("\(at).id", "\"\(p.id)\" is already used by products[\(first)]") }
            else { seen[p.id] = i }
            if p.name.trimmingCharacters(in: .whitespaces).isEmpty { problem("\(at).name", "is empty") }
            if !p.price.isFinite || p.price < 0 { problem("\(at).price", "must be a price of zero or more") }
            if p.stock < 0 { problem("\(at).stock", "must be zero or more") }
            if let o = p.originalPrice, !o.isFinite || o < 0 { problem("\(at).original_price", "must be a price of zero or more") }
            for (j, v) in (p.variants ?? []).enumerated() {
                let vat = "\(at).variants[\(j)]"
                if v.sku.trimmingCharacters(in: .whitespaces).isEmpty { problem("\(vat).sku", "is empty") }
                if v.stock < 0 { problem("\(vat).stock", "must be zero or more") }
                if let price = v.price, !price.isFinite || price < 0 { problem("\(vat).price", "must be a price of zero or more") }
            }
        }
        return out
    }
}

import Foundation
