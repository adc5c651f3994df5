import Commerce
import Foundation
import TurkishText

// `BotBench search [--data-dir DIR] [--sizes 1000,10000,100000] [--rounds N]`: builds product indexes of
// growing size from the demo catalogues (copies get varied names, codes and prices) and measures build
// time, resident memory and query latency (QueryParser.parse + ProductIndex.search) over a mixed query set.
// `BotBench search --explain "question" [--business ID]`: shows how one question is parsed and ranked.

/// Questions of the kinds customers send: plain names, suffixed forms, typos, ASCII, filters, sorts, codes.
let benchQueries: [String] = [
    "lenovo laptop", "macbook air var mı", "iphone 15 fiyatı", "airpods pro fiyatı ne kadar", "kulaklik",
    "KULAKLIK", "kulaklığınız var mı", "bluetooth kulaklıklar", "samsung galaxy s25 ultra", "galaxy s24'ün fiyatı",
    "redmi note 14 pro", "playstation 5 konsolu", "epson yazıcı", "mürekkep püskürtmeli yazıcı", "oled tv",
    "asus monitör", "144hz monitor", "apple watch", "akilli saat", "nintendo switch 2 konsol", "kulakılk",
    "macbok air", "lenova laptop", "samsng televizyon", "cep telefonu", "telfon", "5000 TL altı kulaklık",
    "10 bin TL'den ucuz telefon", "en ucuz oled televizyon", "20000 ile 30000 TL arası laptop",
    "lacivert elbise 500 tl altı", "iphone 17 256 gb beyaz stokta var mı", "loafer ayakkabı 38 numara var mı",
    "buzdolabı var mı", "çamaşır makinesi satıyor musunuz", "kırmızı elbise", "siyah deri ceket", "beyaz sneaker",
    "oversize tişört", "tisort", "elbiseleriniz", "midi boy elbise", "jbl kulaklık bakıyorum", "82XB009GTX",
    "en pahalı akıllı saat", "iphone kılıfı", "gaming mouse", "15 bin ile 25 bin arası monitör",
]

func runSearchBenchmark(_ arguments: [String]) {
    let options = benchOptions(arguments)
    let dataDir = URL(fileURLWithPath: options["data-dir"] ?? ".")
    let catalogues = loadBenchCatalogues(dataDir)
    guard !catalogues.isEmpty else {
        print("no catalogues under \(dataDir.path)/products"); exit(1)
    }
    if let path = options["dialogues"] {
        replayDialogues(path, catalogues: catalogues)
        return
    }
    if let question = options["explain"] {
        explain(question, catalogues: catalogues, business: options["business"], limit: Int(options["limit"] ?? "") ?? 5)
        return
    }
    let sizes = (options["sizes"] ?? "1000,10000,100000").split(separator: ",").compactMap { Int($0) }
    let rounds = Int(options["rounds"] ?? "") ?? 40
    let base = catalogues.flatMap(\.products)
    print("search benchmark: \(base.count) real products from \(catalogues.count) catalogues, \(benchQueries.count) queries x \(rounds) rounds")
    for size in sizes {
        let products = scaledCatalogue(base, to: size)
        let rssBefore = residentMegabytes()
        let start = DispatchTime.now().uptimeNanoseconds
        let index = ProductIndex(products: products)
        let buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let rssAfter = residentMegabytes()

        for q in benchQueries { _ = index.search(QueryParser.parse(q), limit: 10) }  // warm up
        var latencies: [Double] = [], cpu: [Double] = []
        latencies.reserveCapacity(benchQueries.count * rounds)
        var found = 0
        for _ in 0..<rounds {
            for q in benchQueries {
                let c0 = searchThreadCPUNanoseconds()
                let t0 = DispatchTime.now().uptimeNanoseconds
                let result = index.search(QueryParser.parse(q), limit: 10)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                cpu.append(Double(searchThreadCPUNanoseconds() - c0) / 1e6)
                if !result.hits.isEmpty { found += 1 }
            }
        }
        if options["per-query"] != nil {
            var perQuery: [(String, Double)] = []
            for (k, q) in benchQueries.enumerated() {
                var worst = 0.0
                for r in 0..<rounds { worst = max(worst, cpu[r * benchQueries.count + k]) }
                perQuery.append((q, worst))
            }
            for (q, worst) in perQuery.sorted(by: { $0.1 > $1.1 }).prefix(8) { print(String(format: "    worst cpu %.3f ms  %@", worst, q)) }
        }
        latencies.sort()
        let p50 = latencies[latencies.count / 2]
        let p99 = latencies[min(latencies.count - 1, Int(Double(latencies.count) * 0.99))]
        let mean = latencies.reduce(0, +) / Double(latencies.count)
        cpu.sort()
        let cpu50 = cpu[cpu.count / 2], cpu99 = cpu[min(cpu.count - 1, Int(Double(cpu.count) * 0.99))]
        print(String(format: "%7d products: build %.3f s, rss %.1f MB (+%.1f MB for the index), %d terms, query wall p50 %.3f ms p99 %.3f ms mean %.3f ms, cpu p50 %.3f ms p99 %.3f ms (n=%d, %d with hits)",
                     size, buildSeconds, rssAfter, rssAfter - rssBefore, index.termCount, p50, p99, mean, cpu50, cpu99, latencies.count, found))
        withExtendedLifetime(index) {}
    }
}

/// Every catalogue under `dir/products`.
func loadBenchCatalogues(_ dir: URL) -> [Catalogue] {
    let folder = dir.appendingPathComponent("products")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    return files.compactMap { file in
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(file)) else { return nil }
        return try? JSONDecoder().decode(Catalogue.self, from: data)
    }
}

/// `count` products: the real ones, then copies with varied names (series word, model code), ids and prices.
func scaledCatalogue(_ base: [Product], to count: Int) -> [Product] {
    let series = ["Pro", "Max", "Plus", "Lite", "Neo", "Ultra", "Mini", "Air", "Prime", "Edge", "Nova", "Flex"]
    var out: [Product] = []
    out.reserveCapacity(count)
    var copy = 0
    while out.count < count {
        for p in base where out.count < count {
            if copy == 0 { out.append(p); continue }
            var q = p
            q.id = "\(p.id)-\(copy)"
            let code = String(format: "%@%03d%@", ["X", "K", "T", "Z", "Q"][copy % 5], (copy * 37 + out.count) % 1000, ["A", "B", "C", "D"][out.count % 4])
            q.name = "\(p.name) \(series[(copy + out.count) % series.count]) \(code)"
            q.price = (p.price * (0.85 + Double((copy * 13 + out.count) % 30) / 100) * 100).rounded() / 100
            q.stock = (p.stock + copy * 7) % 50
            out.append(q)
        }
        copy += 1
    }
    return out
}

func residentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

func explain(_ question: String, catalogues: [Catalogue], business: String?, limit: Int) {
    let query = QueryParser.parse(question)
    print("parsed: text=\"\(query.text)\" min=\(query.priceMin.map { "\($0)" } ?? "-") max=\(query.priceMax.map { "\($0)" } ?? "-") sort=\(query.sort.rawValue) colour=\(query.colour ?? "-") size=\(query.size ?? "-")")
    for catalogue in catalogues where business == nil || catalogue.businessID == business {
        let index = ProductIndex(products: catalogue.products)
        let result = index.search(query, limit: limit)
        print("[\(catalogue.businessID)] total \(result.totalMatches) relaxed \(result.relaxed) unknown \(result.unknownTerms)")
        for hit in result.hits {
            let factors = hit.factors.filter { $0.value != 0 }.sorted { $0.key < $1.key }
                .map { "\($0.key)=\(String(format: "%.2f", $0.value))" }.joined(separator: " ")
            print(String(format: "  %6.2f ", hit.score) + "\(hit.product.id) [\(hit.product.category ?? "-")|\(hit.product.brand ?? "-")] \(PriceFormat.turkish(hit.product.price)) stock \(hit.product.stock) \(hit.product.name.prefix(80))")
            print("         \(factors) | \(index.describe(hit.product))")
        }
    }
}

/// `BotBench search --dialogues eval/dialogues.jsonl`: top-1 of the product turns, replayed the way the
/// CommerceTests harness does it (parse, search; follow-ups reuse the last query or product).
func replayDialogues(_ path: String, catalogues: [Catalogue]) {
    let indexes = Dictionary(uniqueKeysWithValues: catalogues.map { ($0.businessID, ProductIndex(products: $0.products)) })
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    var total = 0, right = 0
    for line in text.split(separator: "\n") where !line.hasPrefix("//") {
        guard let d = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let business = d["business_id"] as? String, let index = indexes[business],
              let turns = d["turns"] as? [[String: Any]] else { continue }
        var lastQuery: ProductQuery?
        var lastTop: Product?
        for turn in turns {
            let user = turn["user"] as? String ?? ""
            let expect = turn["expect"] as? [String: Any] ?? [:]
            let parsed = QueryParser.parse(user)
            var shown: [Product]
            if !parsed.text.isEmpty || parsed.colour != nil {
                shown = index.search(parsed, limit: 3).hits.map(\.product); lastQuery = parsed
            } else if parsed.sort != .relevance, var q = lastQuery {
                q.sort = parsed.sort; shown = index.search(q, limit: 3).hits.map(\.product)
            } else if ["tamam", "olur", "evet"].contains(user.lowercased()), let top = lastTop, !top.inStock {
                shown = index.alternatives(to: top, limit: 3)
            } else {
                shown = lastTop.map { [$0] } ?? []
            }
            if let top = shown.first { lastTop = top }
            guard expect["top"] != nil || expect["no_products"] != nil else { continue }
            total += 1
            var problems: [String] = []
            if expect["no_products"] as? Bool == true, let p = shown.first { problems.append("expected none, got \(p.name.prefix(60))") }
            if let pred = expect["top"] as? [String: Any] {
                if let p = shown.first {
                    func fold(_ s: String?) -> String { Folding.key(s ?? "") }
                    if let ids = pred["id"] as? [String], !ids.contains(p.id) { problems.append("id \(p.id) not in \(ids)") }
                    if let c = pred["category"] as? String, fold(p.category) != fold(c) { problems.append("category \(p.category ?? "-")") }
                    if let b = pred["brand"] as? String, fold(p.brand) != fold(b) { problems.append("brand \(p.brand ?? "-")") }
                    for s in pred["name_has"] as? [String] ?? [] where !fold(p.name).contains(fold(s)) { problems.append("name lacks \(s)") }
                    if let m = pred["price_max"] as? Double, p.price > m { problems.append("price \(p.price) > \(m)") }
                    if let m = pred["price_min"] as? Double, p.price < m { problems.append("price \(p.price) < \(m)") }
                    if pred["in_stock"] as? Bool == true, !p.inStock { problems.append("out of stock") }
                    if !problems.isEmpty { problems.append("top: \(p.id) \(p.name.prefix(70))") }
                } else {
                    problems.append("no products")
                }
            }
            if problems.isEmpty { right += 1 } else { print("FAIL \(d["id"] ?? "?") \"\(user)\": \(problems.joined(separator: "; "))") }
        }
    }
    print("product turns: \(right)/\(total) top-1 right (\(String(format: "%.1f", Double(right) * 100 / Double(max(total, 1)))) %)")
}

/// CPU time of the calling thread: unlike wall time, not inflated when other processes share the cores.
func searchThreadCPUNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}
