import Foundation
import Testing
@testable import Commerce

/// Drives the product turns of eval/dialogues.jsonl through QueryParser and ProductIndex and checks the
/// "top" / "no_products" expectations the dialogue scorer applies to the server's answers.
/// Turns that lean on the conversation ("en ucuzu hangisi", "fiyatı ne kadar", "tamam") are replayed with
/// the small context rules the engine uses: a new sort re-runs the last search, a bare follow-up keeps
/// the product in focus, "tamam" after an out-of-stock product asks for alternatives.
@Suite struct DialogueProductTurnsTests {
    struct Outcome { var id: String; var user: String; var problems: [String] }

    static func outcomes() -> [Outcome] {
        let url = DemoShops.root.appendingPathComponent("eval/dialogues.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var out: [Outcome] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("//") {
            guard let d = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let business = d["business_id"] as? String, let turns = d["turns"] as? [[String: Any]] else { continue }
            let index = DemoShops.index(business)
            var lastQuery: ProductQuery?
            var lastTop: Product?
            for turn in turns {
                let user = turn["user"] as? String ?? ""
                let expect = turn["expect"] as? [String: Any] ?? [:]
                let parsed = QueryParser.parse(user)
                var shown: [Product]
                if !parsed.text.isEmpty || parsed.colour != nil {
                    shown = index.search(parsed, limit: 3).hits.map(\.product)
                    lastQuery = parsed
                } else if parsed.sort != .relevance, var q = lastQuery {
                    q.sort = parsed.sort
                    shown = index.search(q, limit: 3).hits.map(\.product)
                } else if ["tamam", "olur", "evet"].contains(DemoShops.fold(user)), let top = lastTop, !top.inStock {
                    shown = index.alternatives(to: top, limit: 3)
                } else {
                    shown = lastTop.map { [$0] } ?? []
                }
                if let top = shown.first { lastTop = top }
                guard expect["top"] != nil || expect["no_products"] != nil else { continue }
                var problems: [String] = []
                if expect["no_products"] as? Bool == true, let p = shown.first {
                    problems.append("expected no products, got \(p.id) \(p.name.prefix(60))")
                }
                if let pred = expect["top"] as? [String: Any] {
                    if let p = shown.first { problems += check(p, pred) } else { problems.append("no products") }
                }
                out.append(Outcome(id: d["id"] as? String ?? "?", user: user, problems: problems))
            }
        }
        return out
    }

    static func check(_ p: Product, _ pred: [String: Any]) -> [String] {
        var why: [String] = []
        if let ids = pred["id"] as? [String], !ids.contains(p.id) { why.append("id \(p.id) not in \(ids)") }
        if let c = pred["category"] as? String, DemoShops.fold(p.category) != DemoShops.fold(c) { why.append("category \(p.category ?? "-") != \(c)") }
        if let b = pred["brand"] as? String, DemoShops.fold(p.brand) != DemoShops.fold(b) { why.append("brand \(p.brand ?? "-") != \(b)") }
        for s in pred["name_has"] as? [String] ?? [] where !DemoShops.fold(p.name).contains(DemoShops.fold(s)) {
            why.append("name lacks \(s)")
        }
        if let m = pred["price_max"] as? Double, p.price > m { why.append("price \(p.price) > \(m)") }
        if let m = pred["price_min"] as? Double, p.price < m { why.append("price \(p.price) < \(m)") }
        if pred["in_stock"] as? Bool == true, !p.inStock { why.append("not in stock") }
        return why.map { "\($0) — top: \(p.id) \(p.name.prefix(70))" }
    }

    @Test func productTurnsTopOneAtLeast95Percent() {
        let all = Self.outcomes()
        let failed = all.filter { !$0.problems.isEmpty }
        for f in failed { print("FAIL \(f.id) \"\(f.user)\": \(f.problems.joined(separator: "; "))") }
        let rate = Double(all.count - failed.count) / Double(max(all.count, 1))
        print("product turns: \(all.count - failed.count)/\(all.count) right (\(String(format: "%.1f", rate * 100)) %)")
        #expect(all.count >= 50)
        #expect(rate >= 0.95)
    }
}
