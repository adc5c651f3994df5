import ArgumentParser
import Foundation

/// `BotServer serve`: runs the HTTP server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the HTTP server.")
    @Option var host = "127.0.0.1"
    @Option var port = 8080
    @Option(name: .customLong("data-dir")) var dataDir = "."

    func run() async throws {
        throw ValidationError("serve is not available yet")
    }
}

/// `BotServer ask`: one answer as the JSON of /web_bot.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Answer one question as /web_bot would.")
    @Option var business: String
    @Option(name: .customLong("data-dir")) var dataDir = "."
    @Argument var question: String

    func run() async throws {
        throw ValidationError("ask is not available yet")
    }
}
