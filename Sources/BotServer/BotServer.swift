import ArgumentParser
import Commerce
import Foundation
import IntentEngine
import NIOCore
import NIOPosix
import TurkishText

/// The process entry. Swift concurrency runs on NIO's event loops: a request's handler then runs on
/// the thread that read it instead of crossing to a second pool and back, which cost about a
/// quarter of the server's CPU per answer. Blocking work never runs there: Redis and libcurl have
/// their own thread pools, and catalogue reloads go to `NIOThreadPool` (`offEventLoop`).
@main
enum Entry {
    static func main() async {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        await BotServerCommand.main()
    }
}

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
