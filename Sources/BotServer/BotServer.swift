import ArgumentParser
import Commerce
import Foundation
import IntentEngine
import TurkishText

@main
struct BotServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "BotServer",
        abstract: "Customer-support bot for Turkish online shops.",
        subcommands: [ServeCommand.self, AskCommand.self, AnalyzeCommand.self, ImportCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

/// `BotServer analyze`: prints `normalized<TAB>stems` for each stdin line.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "Show how the matcher sees each input line.")
    func run() throws {
        let analyzer = Analyzer()
        while let line = readLine() {
            let tokens = analyzer.analyze(line)
            print(tokens.map(\.token.key).joined(separator: " ") + "\t" + tokens.map(\.stem).joined(separator: " "))
        }
    }
}
