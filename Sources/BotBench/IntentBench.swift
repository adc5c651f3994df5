func runIntentBenchmark(_ arguments: [String]) { print("Intent benchmark not written yet") }
