import Foundation

/// `--name value` pairs of a benchmark's arguments.
func benchOptions(_ arguments: [String]) -> [String: String] {
    var options: [String: String] = [:]
    var i = 0
    while i < arguments.count {
        let a = arguments[i]
        if a.hasPrefix("--"), i + 1 < arguments.count { options[String(a.dropFirst(2))] = arguments[i + 1]; i += 2 } else { i += 1 }
    }
    return options
}

// Release-build benchmarks: `swift run -c release BotBench <text|search|intent|golden|turns> [options]`.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text": runTextBenchmark(Array(arguments.dropFirst()))
case "search": runSearchBenchmark(Array(arguments.dropFirst()))
case "intent": runIntentBenchmark(Array(arguments.dropFirst()))
case "golden": runGoldenDump(Array(arguments.dropFirst()))
case "turns": runFirstTurnBenchmark(Array(arguments.dropFirst()))
default:
    print("usage: BotBench text|search|intent|golden|turns [--data-dir DIR]")
    exit(2)
}
