import Foundation
import TurkishText

/// `BotBench text [--data-dir DIR] [--rounds N]`: normalize + tokenize + stem throughput on catalogue names.
/// `BotBench text stem [WORDS...]`: the stems of each argument or stdin line (a debugging aid).
func runTextBenchmark(_ arguments: [String]) {
    if arguments.first == "stem" {
        // Debugging aid: the analysis of each argument (or of each stdin line).
        let analyzer = Analyzer(protectedWords: [])
        let inputs = arguments.count > 1 ? Array(arguments.dropFirst()) : Array(AnyIterator { readLine() })
        for input in inputs { print(input + "\t" + analyzer.analyze(input).map(\.stem).joined(separator: " ")) }
        return
    }
    let options = benchOptions(arguments)
    let dataDir = options["data-dir"] ?? "products"
    let rounds = options["rounds"].flatMap(Int.init) ?? 20
    let names = catalogueNames(in: dataDir)
    guard !names.isEmpty else { print("no product names under \(dataDir)"); exit(1) }
    let analyzer = Analyzer(protectedWords: [])
    print("text benchmark: \(names.count) product names from \(dataDir), \(rounds) rounds, one thread")

    // Warm up lazily built tables and ICU iterators.
    var tokens = 0
    for name in names { tokens &+= analyzer.analyze(name).count }

    let tokenCounts = names.map { Tokenizer.tokens($0).count }
    print("wall time and this thread's CPU time (the machine may be shared; CPU time is the one-core figure)")
    func measure(_ label: String, _ body: (String) -> Int) {
        var sink = 0
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUNanoseconds()
        for _ in 0..<rounds { for name in names { sink &+= body(name) } }
        let cpu = Double(threadCPUNanoseconds() - cpuStart) / 1e9
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let count = tokenCounts.reduce(0, +) * rounds
        print(String(format: "%-36@ %9d tokens  wall %6.3f s %11.0f tokens/s  cpu %6.3f s %11.0f tokens/s %6.0f ns/token",
                     label as NSString, count, wall, Double(count) / wall, cpu, Double(count) / cpu, cpu * 1e9 / Double(count)))
        if sink == 42 { print("") }
    }
    measure("tokenize (Tokenizer.tokens)") { Tokenizer.tokens($0).count }
    measure("normalize (Analyzer.normalized)") { analyzer.normalized($0).utf8.count }
    measure("normalize+tokenize+stem (analyze)") { analyzer.analyze($0).count }
}

/// CPU time consumed by the calling thread.
func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

/// Product names of every catalogue JSON file in `directory`.
func catalogueNames(in directory: String) -> [String] {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    var names: [String] = []
    for file in files {
        guard let data = FileManager.default.contents(atPath: directory + "/" + file),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let products = json["products"] as? [[String: Any]] else { continue }
        names += products.compactMap { $0["name"] as? String }
    }
    return names
}
