import Commerce
import Foundation
import IntentEngine

/// `BotBench intent [--data-dir DIR] [--iterations N] [--only LABEL-PART]`: cost of deciding an intent and updating the state
/// per turn, for non-product turns and for product turns (catalogue search included), on the real shops.
func runIntentBenchmark(_ arguments: [String]) {
    let options = benchOptions(arguments)
    let dataDir = options["data-dir"] ?? "."
    let iterations = options["iterations"].flatMap(Int.init) ?? 2000
    let only = options["only"]
    let root = URL(fileURLWithPath: dataDir)
    guard let shop = try? ShopLoader.load(businessID: "elektronik-dunyasi", dataDirectory: root),
          let fashion = try? ShopLoader.load(businessID: "moda-butik", dataDirectory: root) else {
        print("cannot load the demo shops from \(root.path) (use --data-dir)")
        exit(1)
    }

    // Non-product turns: small talk, context rules, policies, FAQ, off-topic.
    let talk = [
        "merhaba", "slm", "iyi günler", "teşekkürler, iyi günler", "tamam", "hayır gerek yok", "eyv",
        "kargo ücreti ne kadar", "merhaba, kargo ücreti ne kadar", "iade süresi kaç gün", "taksit yapıyor musunuz",
        "kapıda ödeme var mı", "siparisim hala gelmedi", "müşteri hizmetleri telefon numaranız nedir",
        "canlı destek istiyorum", "faturalı satış yapıyor musunuz", "bugün hava nasıl olacak", "hoşça kalın",
    ]
    // Product turns: searches, price and stock with a product, and context questions after a list.
    let productTurns = [
        "lenovo laptop", "kulaklığınız var mı", "iphone 15 fiyatı", "airpods pro fiyatı ne kadar",
        "5000 TL altı kulaklık", "samsng televizyon", "buzdolabı var mı", "jbl kulaklık bakıyorum",
    ]
    let contextTurns = ["fiyatı ne kadar", "ikincisinin fiyatı ne", "stokta var mı", "en ucuzu hangisi", "tamam"]

    let engine = ConversationEngine(shop: shop)
    let fashionEngine = ConversationEngine(shop: fashion)
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let listed = engine.reply(to: "jbl kulaklık", state: ConversationState(), now: start).state
    // Non-product turns are measured mid-conversation after plain information (no offer to carry out).
    let informed = engine.reply(to: "kargo ücreti ne kadar", state: ConversationState(), now: start).state

    // Wall time suffers when other processes share the cores; thread CPU time does not, so both are shown,
    // each the best of three rounds.
    func cpuNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
    func measure(_ label: String, _ count: Int, _ body: (Int) -> Void) {
        if let only, !label.contains(only) { return }
        for k in 0..<min(count, 200) { body(k) }   // warm-up
        var bestWall = Double.infinity, bestCPU = Double.infinity
        for _ in 0..<3 {
            let wall0 = DispatchTime.now().uptimeNanoseconds, cpu0 = cpuNanoseconds()
            for k in 0..<count { body(k) }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - wall0), cpu = Double(cpuNanoseconds() - cpu0)
            bestWall = min(bestWall, wall / 1000 / Double(count))
            bestCPU = min(bestCPU, cpu / 1000 / Double(count))
        }
        let padded = label.padding(toLength: 52, withPad: " ", startingAt: 0)
        print(padded + String(format: "%9.2f µs/turn CPU  %9.2f µs wall  (%d turns)", bestCPU, bestWall, count))
    }

    print("BotBench intent — \(shop.catalogue.products.count) + \(fashion.catalogue.products.count) products, \(iterations) iterations per figure")
    measure("engine init (per shop, FAQ prepared)", 200) { _ in _ = ConversationEngine(shop: shop) }
    measure("classify only, non-product turns", iterations * talk.count) { k in
        _ = engine.classify(talk[k % talk.count], state: informed, now: start)
    }
    measure("full reply + state, non-product turns", iterations * talk.count) { k in
        _ = engine.reply(to: talk[k % talk.count], state: informed, now: start)
    }
    measure("classify only, product turns", iterations * productTurns.count / 4) { k in
        _ = engine.classify(productTurns[k % productTurns.count], state: ConversationState(), now: start)
    }
    measure("full reply + state, product turns (with search)", iterations * productTurns.count / 4) { k in
        _ = engine.reply(to: productTurns[k % productTurns.count], state: ConversationState(), now: start)
    }
    // The catalogue's own share of a product turn, to tell the engine's overhead from search time.
    measure("catalogue alone: QueryParser + search, same turns", iterations * productTurns.count / 4) { k in
        _ = shop.index.search(QueryParser.parse(productTurns[k % productTurns.count]), limit: 3)
    }
    measure("full reply + state, context turns after a list", iterations * contextTurns.count / 4) { k in
        _ = engine.reply(to: contextTurns[k % contextTurns.count], state: listed, now: start)
    }
    let sized = fashionEngine.reply(to: "siyah v yaka uzun kollu tişört", state: ConversationState(), now: start).state
    measure("full reply + state, size stock (moda-butik)", iterations) { _ in
        _ = fashionEngine.reply(to: "M bedeni var mı", state: sized, now: start)
    }
    // A conversation with a full history, written and read back as the server stores it, next to
    // the JSON coding it replaced.
    var long = ConversationState()
    for question in ["merhaba", "kulaklık", "ikincisi", "fiyatı ne kadar", "kargo ücreti ne kadar",
                     "daha ucuzu var mı", "iade nasıl yapılır", "tamam", "teşekkürler"] {
        long = engine.reply(to: question, state: long, now: start).state
    }
    var state = ConversationState()
    measure("stored state write + read (\(long.history.count) turns of history)", iterations) { _ in
        state = ConversationState(storeText: long.storeText())!
    }
    measure("same state as JSON, write + read", iterations) { _ in
        state = try! JSONDecoder().decode(ConversationState.self, from: try! JSONEncoder().encode(long))
    }
    _ = state
}
