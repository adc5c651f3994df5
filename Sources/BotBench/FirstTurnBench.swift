import Commerce
import Foundation
import IntentEngine

/// `BotBench turns [--data-dir DIR] [--iterations N] [--top K] [--only TEXT] [--rotations N] [--thrash KB]`:
/// CPU time of the engine's reply to the first turn of every eval dialogue (the questions the HTTP
/// benchmark rotates), costliest first, with the number of products the search matched; shows which
/// questions an engine change should target.
func runFirstTurnBenchmark(_ arguments: [String]) {
    let options = benchOptions(arguments)
    let dataDir = URL(fileURLWithPath: options["data-dir"] ?? ".")
    let iterations = options["iterations"].flatMap(Int.init) ?? 300
    let top = options["top"].flatMap(Int.init) ?? 25
    let rotations = options["rotations"].flatMap(Int.init) ?? 30
    let only = options["only"]
    var engines: [String: (ConversationEngine, Shop)] = [:]
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    var turns: [(question: String, business: String, engine: ConversationEngine, shop: Shop)] = []
    for d in goldenDialogues(dataDir.appendingPathComponent("eval/dialogues.jsonl").path) {
        guard let question = d.turns.first, only.map({ question.contains($0) }) ?? true else { continue }
        if engines[d.business] == nil, let shop = try? ShopLoader.load(businessID: d.business, dataDirectory: dataDir) {
            engines[d.business] = (ConversationEngine(shop: shop), shop)
        }
        if let (engine, shop) = engines[d.business] { turns.append((question, d.business, engine, shop)) }
    }

    var rows: [(question: String, business: String, micros: Double, matches: Int)] = []
    for (question, business, engine, shop) in turns {
        for _ in 0..<20 { _ = engine.reply(to: question, state: ConversationState(), now: start) }
        var best = Double.infinity
        for _ in 0..<3 {
            let t0 = threadCPUNanoseconds()
            for _ in 0..<iterations { _ = engine.reply(to: question, state: ConversationState(), now: start) }
            best = min(best, Double(threadCPUNanoseconds() - t0) / 1000 / Double(iterations))
        }
        let matches = shop.index.search(QueryParser.parse(question), limit: 1, explain: false).totalMatches
        rows.append((question, business, best, matches))
    }
    // The HTTP benchmark's order: every question in turn, so no question finds its data still cached
    // by its own previous run; with --thrash KB, that much other memory is touched between turns, as a
    // server's request handling does.
    var scratch = [UInt8](repeating: 0, count: (options["thrash"].flatMap(Int.init) ?? 0) * 1024)
    var rotated = Double.infinity
    for round in 0..<4 {
        var spent: UInt64 = 0
        for _ in 0..<rotations {
            for (question, _, engine, _) in turns {
                if !scratch.isEmpty { for i in stride(from: 0, to: scratch.count, by: 64) { scratch[i] &+= 1 } }
                let t0 = threadCPUNanoseconds()
                _ = engine.reply(to: question, state: ConversationState(), now: start)
                spent += threadCPUNanoseconds() - t0
            }
        }
        if round > 0 { rotated = min(rotated, Double(spent) / 1000 / Double(rotations * max(turns.count, 1))) }
    }
    let total = rows.reduce(0) { $0 + $1.micros }
    print(String(format: "BotBench turns — %d first turns, mean %.2f µs/turn CPU (best of 3 × %d)",
                 rows.count, total / Double(max(rows.count, 1)), iterations))
    print(String(format: "rotating through all of them: %.2f µs/turn CPU (thrash %d KB between turns)", rotated, scratch.count / 1024))
    for r in rows.sorted(by: { $0.micros > $1.micros }).prefix(top) {
        print(String(format: "%8.2f µs  %6d matches  %@  %@", r.micros, r.matches,
                     r.business.padding(toLength: 18, withPad: " ", startingAt: 0), r.question))
    }
}
