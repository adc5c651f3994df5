import Commerce
import Foundation
@testable import IntentEngine

/// Runs dialogue cases (eval/dialogues.jsonl format) through the engine and checks each turn the way
/// scripts/bot_eval.py does.
struct DialogueRunner {
    struct Outcome {
        var dialogue: String
        var turn: Int
        var user: String
        var isProductTurn: Bool
        var failures: [String]
        var intent: String
    }

    static func loadCases(_ url: URL) -> [[String: Any]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty || l.hasPrefix("//") { return nil }
            return (try? JSONSerialization.jsonObject(with: Data(l.utf8))) as? [String: Any]
        }
    }

    /// A turn is a product turn when it depends on catalogue search quality.
    static func isProductTurn(_ expect: [String: Any]) -> Bool {
        if expect["top"] != nil || expect["top_from_prev"] != nil || expect["no_products"] != nil { return true }
        let intents = (expect["intent"] as? [String]) ?? [(expect["intent"] as? String) ?? ""]
        return intents.allSatisfy { $0.hasPrefix("product_") }
    }

    static func run(_ cases: [[String: Any]], engines: (String, [String: Any]) -> ConversationEngine?) -> [Outcome] {
        var outcomes: [Outcome] = []
        var clock = Date(timeIntervalSince1970: 1_800_000_000)
        for d in cases {
            let id = d["id"] as? String ?? "?"
            guard let engine = engines(d["business_id"] as? String ?? "", d["settings"] as? [String: Any] ?? [:]) else { continue }
            var state = ConversationState()
            var prev: Reply?
            for (i, t) in ((d["turns"] as? [[String: Any]]) ?? []).enumerated() {
                let user = t["user"] as? String ?? ""
                let expect = t["expect"] as? [String: Any] ?? [:]
                clock += 30 + 60 * ((t["wait_minutes"] as? Double) ?? 0)
                let r = engine.reply(to: user, state: state, now: clock)
                state = r.state
                if ProcessInfo.processInfo.environment["DIALOGUE_VERBOSE"] != nil {
                    print("[\(id)#\(i)] \(user) → \(r.intent.rawValue)/\(r.method.rawValue) \(r.products.prefix(3).map(\.id)) | \(r.answer.replacingOccurrences(of: "\n", with: " ⏎ "))")
                }
                outcomes.append(Outcome(dialogue: id, turn: i, user: user, isProductTurn: isProductTurn(expect),
                                        failures: check(r, expect, prev), intent: r.intent.rawValue))
                prev = r
            }
        }
        return outcomes
    }

    static func check(_ r: Reply, _ exp: [String: Any], _ prev: Reply?) -> [String] {
        var why: [String] = []
        if let want = exp["intent"] {
            let accepted = (want as? [String]) ?? [want as? String ?? ""]
            if !accepted.contains(r.intent.rawValue) { why.append("intent \(r.intent.rawValue) not in \(accepted)") }
        }
        if let top = exp["top"] as? [String: Any] {
            if let p = r.products.first { why += checkTop(p, top).map { "top: " + $0 } } else { why.append("no products, expected a top product") }
        }
        if let i = exp["top_from_prev"] as? Int {
            let pp = prev?.products ?? []
            if pp.count <= i { why.append("previous turn showed fewer than \(i + 1) products") }
            else if r.products.first?.id != pp[i].id { why.append("top: expected previous product #\(i + 1)") }
        }
        if (exp["answer_has_top_price"] as? Bool) == true, let p = r.products.first {
            if !evalPriceForms(p.price).contains(where: { r.answer.contains($0) }) { why.append("answer lacks top price \(PriceFormat.turkish(p.price))") }
        }
        if (exp["no_products"] as? Bool) == true, !r.products.isEmpty { why.append("expected no products") }
        let answer = evalFold(r.answer)
        for s in (exp["answer_has"] as? [String]) ?? [] where !answer.contains(evalFold(s)) { why.append("answer lacks \(s)") }
        if let any = exp["answer_has_any"] as? [String], !any.contains(where: { answer.contains(evalFold($0)) }) {
            why.append("answer has none of \(any)")
        }
        if let methods = exp["method_in"] as? [String], !methods.contains(r.method.rawValue) { why.append("method \(r.method.rawValue)") }
        return why
    }

    static func checkTop(_ p: Product, _ pred: [String: Any]) -> [String] {
        var why: [String] = []
        if let ids = pred["id"] as? [String], !ids.contains(p.id) { why.append("id \(p.id)") }
        if let c = pred["category"] as? String, evalFold(p.category ?? "") != evalFold(c) { why.append("category \(p.category ?? "nil")") }
        if let b = pred["brand"] as? String, evalFold(p.brand ?? "") != evalFold(b) { why.append("brand \(p.brand ?? "nil")") }
        for s in (pred["name_has"] as? [String]) ?? [] where !evalFold(p.name).contains(evalFold(s)) { why.append("name lacks \(s)") }
        if let m = pred["price_max"] as? Double, p.price > m { why.append("price > \(m)") }
        if let m = pred["price_min"] as? Double, p.price < m { why.append("price < \(m)") }
        if (pred["in_stock"] as? Bool) == true, p.stock <= 0 { why.append("not in stock") }
        return why
    }
}
