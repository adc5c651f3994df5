func runTextBenchmark(_ arguments: [String]) { print("Text benchmark not written yet") }
