func runSearchBenchmark(_ arguments: [String]) { print("Search benchmark not written yet") }
