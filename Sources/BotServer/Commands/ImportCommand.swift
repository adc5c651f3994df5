import ArgumentParser

/// `BotServer import`: builds a catalogue JSON from a shop's CSV export.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Build a catalogue JSON from a shop's CSV export.")
    func run() async throws {
        throw ValidationError("import is not available yet")
    }
}
