import Commerce
import Foundation
import IntentEngine

// `BotBench golden [--data-dir DIR] [--queries FILE] [--scaled N]`: prints, deterministically, what the
// catalogue and the engine make of many questions (parsed query, ranked ids with scores and factors,
// intents, answers, product ids, state). Diff the output of two builds to show that a change meant to
// be faster changed no behaviour.

func runGoldenDump(_ arguments: [String]) {
    let options = benchOptions(arguments)
    let dataDir = URL(fileURLWithPath: options["data-dir"] ?? ".")
    var questions = benchQueries
    let dialogues = goldenDialogues(dataDir.appendingPathComponent("eval/dialogues.jsonl").path)
    for d in dialogues { questions += d.turns }
    if let file = options["queries"], let text = try? String(contentsOfFile: file, encoding: .utf8) {
        questions += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    var out = ""
    func emit(_ line: String) {
        out += line; out += "\n"
        if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
    }
    func describe(_ r: SearchResult) -> String {
        let hits = r.hits.map { h in
            let factors = h.factors.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.9g", $0.value))" }.joined(separator: ",")
            return "\(h.product.id):\(String(format: "%.9g", h.score))[\(factors)]"
        }.joined(separator: " ")
        return "total=\(r.totalMatches) relaxed=\(r.relaxed) unknown=\(r.unknownTerms) hits=\(hits)"
    }
    /// The first page by relevance and the second by price: returns the parsed query.
    func dumpSearches(_ q: String, _ index: ProductIndex) -> ProductQuery {
        let parsed = QueryParser.parse(q)
        emit("search \(q.debugDescription): \(describe(index.search(parsed, limit: 10)))")
        var sorted = parsed
        sorted.sort = .priceAscending
        emit("  asc p2: \(describe(index.search(sorted, limit: 5, offset: 5)))")
        return parsed
    }
    func describe(_ q: ProductQuery) -> String {
        "text=\"\(q.text)\" min=\(q.priceMin.map { "\($0)" } ?? "-") max=\(q.priceMax.map { "\($0)" } ?? "-") sort=\(q.sort.rawValue) colour=\(q.colour ?? "-") size=\(q.size ?? "-")"
    }
    func describe(_ s: ConversationState) -> String {
        let offer = s.pendingOffer.map { "\($0.kind.rawValue)/\($0.query.map(describe) ?? "-")/\($0.offset)/\($0.productID ?? "-")/\($0.expiresAfterTurn)" } ?? "-"
        return "turns=\(s.turns) shown=\(s.shownProductIDs) focus=\(s.focusProductID ?? "-") offer=\(offer) last=\(s.lastQuery.map(describe) ?? "-") next=\(s.nextOffset) history=\(s.history.map { "\($0.intent.rawValue)|\($0.user)|\($0.bot)" })"
    }
    func describe(_ r: Reply) -> String {
        "\(r.intent.rawValue) \(r.method.rawValue) \(String(format: "%.9g", r.confidence)) llm=\(r.llm != nil) products=\(r.products.map(\.id)) answer=\(r.answer.debugDescription) state: \(describe(r.state))"
    }

    let shops = ["elektronik-dunyasi", "moda-butik"].compactMap { try? ShopLoader.load(businessID: $0, dataDirectory: dataDir) }
    guard shops.count == 2 else { print("cannot load the demo shops from \(dataDir.path)"); exit(1) }
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    for q in questions { emit("parse \(q.debugDescription): \(describe(QueryParser.parse(q)))") }

    for shop in shops {
        let index = shop.index
        let engine = ConversationEngine(shop: shop)
        emit("== \(shop.id)")
        for q in questions {
            let parsed = dumpSearches(q, index)
            var sorted = parsed
            sorted.sort = .priceDescending
            emit("  desc: \(describe(index.search(sorted, limit: 3)))")
            for word in q.split(separator: " ") { emit("  term \(word): \(index.isProductTerm(String(word)))") }
            emit("reply \(q.debugDescription): \(describe(engine.reply(to: q, state: ConversationState(), now: start)))")
        }
        // Follow-up turns after a list and with a focus product.
        let listed = engine.reply(to: "jbl kulaklık", state: ConversationState(), now: start).state
        let focused = engine.reply(to: "ikincisinin fiyatı ne", state: listed, now: start).state
        for q in questions.prefix(300) {
            emit("after list \(q.debugDescription): \(describe(engine.reply(to: q, state: listed, now: start)))")
            emit("after focus \(q.debugDescription): \(describe(engine.reply(to: q, state: focused, now: start)))")
        }
        for p in shop.catalogue.products.prefix(400) {
            emit("alternatives \(p.id): \(index.alternatives(to: p).map(\.id)) colours=\(index.colours(of: p))")
        }
    }
    // The eval's conversations, turn after turn.
    for d in dialogues {
        guard let shop = shops.first(where: { $0.id == d.business }) else { continue }
        let engine = ConversationEngine(shop: shop)
        var state = ConversationState()
        emit("== dialogue \(d.id)")
        for (k, turn) in d.turns.enumerated() {
            let r = engine.reply(to: turn, state: state, now: start.addingTimeInterval(Double(k) * 30))
            emit("turn \(turn.debugDescription): \(describe(r))")
            state = r.state
        }
    }
    // A larger scaled catalogue: top-k selection and rare-term order at size.
    if let n = options["scaled"].flatMap(Int.init), n > 0 {
        let index = ProductIndex(products: scaledCatalogue(shops.flatMap(\.catalogue.products), to: n))
        emit("== scaled \(n)")
        for q in questions { _ = dumpSearches(q, index) }
    }
    FileHandle.standardOutput.write(Data(out.utf8))
}

/// The eval's dialogues: id, shop and the customer's turns.
func goldenDialogues(_ path: String) -> [(id: String, business: String, turns: [String])] {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
        guard let d = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let id = d["id"] as? String, let business = d["business_id"] as? String,
              let turns = d["turns"] as? [[String: Any]] else { return nil }
        return (id, business, turns.compactMap { $0["user"] as? String })
    }
}
