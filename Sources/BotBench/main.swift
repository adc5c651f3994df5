import Foundation

// Release-build benchmarks: `swift run -c release BotBench <text|search|intent|golden> [options]`.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text": runTextBenchmark(Array(arguments.dropFirst()))
case "search": runSearchBenchmark(Array(arguments.dropFirst()))
case "intent": runIntentBenchmark(Array(arguments.dropFirst()))
case "golden": runGoldenDump(Array(arguments.dropFirst()))
default:
    print("usage: BotBench text|search|intent|golden [--data-dir DIR]")
    exit(2)
}
