import Commerce
import Foundation
import Logging
import Metrics

/// Spending per business per day and month, kept in the store with atomic increments so every
/// instance sees the same totals. Days and months follow Turkish time.
struct CostTracker: Sendable {
    let store: any KeyValueStore
    let logger: Logger
    /// The fraction of a budget that raises an alert.
    var alertThreshold = 0.8
    var timeZone = TimeZone(identifier: "Europe/Istanbul") ?? TimeZone(secondsFromGMT: 3 * 3600)!

    struct Spend: Sendable { var day: Double; var month: Double; var calls: Int }

    private func periods(_ now: Date) -> (day: String, month: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        let month = String(format: "%04d-%02d", c.year ?? 0, c.month ?? 0)
        return (month + String(format: "-%02d", c.day ?? 0), month)
    }

    private func keys(_ businessID: String, _ now: Date) -> (day: String, month: String, calls: String) {
        let p = periods(now)
        return ("llm:cost:\(businessID):day:\(p.day)", "llm:cost:\(businessID):month:\(p.month)",
                "llm:calls:\(businessID):day:\(p.day)")
    }

    func spend(businessID: String, now: Date = Date()) async -> Spend {
        let k = keys(businessID, now)
        async let day = try? store.get(k.day)
        async let month = try? store.get(k.month)
        async let calls = try? store.get(k.calls)
        return Spend(day: Double((await day ?? nil) ?? "") ?? 0, month: Double((await month ?? nil) ?? "") ?? 0,
                     calls: Int((await calls ?? nil) ?? "") ?? 0)
    }

    /// Which budget the shop has used up, if any.
    func exhaustedBudget(shop: Shop, now: Date = Date()) async -> String? {
        let llm = shop.config.llm
        guard llm.dailyBudgetUSD != nil || llm.monthlyBudgetUSD != nil else { return nil }
        let spent = await spend(businessID: shop.id, now: now)
        if let daily = llm.dailyBudgetUSD, spent.day >= daily { return "daily" }
        if let monthly = llm.monthlyBudgetUSD, spent.month >= monthly { return "monthly" }
        return nil
    }

    /// Adds one call's cost; logs and counts an alert when a budget crosses the alert threshold or runs out.
    func record(shop: Shop, cost: Double, now: Date = Date()) async {
        let k = keys(shop.id, now)
        _ = try? await store.increment(k.calls, by: 1, ttl: 3 * 86400)
        guard cost > 0 else { return }
        let day = (try? await store.incrementFloat(k.day, by: cost, ttl: 3 * 86400)) ?? cost
        let month = (try? await store.incrementFloat(k.month, by: cost, ttl: 40 * 86400)) ?? cost
        check(shop, period: "daily", before: day - cost, after: day, budget: shop.config.llm.dailyBudgetUSD)
        check(shop, period: "monthly", before: month - cost, after: month, budget: shop.config.llm.monthlyBudgetUSD)
    }

    private func check(_ shop: Shop, period: String, before: Double, after: Double, budget: Double?) {
        guard let budget, budget > 0 else { return }
        for (level, fraction) in [("80", alertThreshold), ("100", 1.0)] where before < budget * fraction && after >= budget * fraction {
            Counter(label: "llm_budget_alerts_total", dimensions: [("business", shop.id), ("period", period), ("level", level)]).increment()
            logger.warning("LLM budget \(level == "100" ? "reached" : "at \(Int(fraction * 100)) %")", metadata: [
                "business": "\(shop.id)", "period": "\(period)",
                "spent_usd": "\(String(format: "%.6f", after))", "budget_usd": "\(budget)",
            ])
        }
    }
}
