import ArgumentParser
import Foundation
import Hummingbird
import Logging

/// `BotServer ask`: one answer as the JSON of /web_bot.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Answer one question as /web_bot would.")
    @Option var business: String
    @Option(name: .customLong("data-dir")) var dataDir = "."
    @Option(name: .customLong("session")) var session: String?
    @Argument var question: String

    func run() async throws {
        var logger = Logger(label: "BotServer") { label in JSONLogHandler(label: label) }
        logger.logLevel = .warning
        var settings = AppSettings.fromEnvironment()
        settings.dataDirectory = URL(fileURLWithPath: dataDir)
        let services = AppServices.load(settings: settings, logger: logger)
        let chat = ChatService(services: services)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let requestID = RequestID().description
        do {
            var body: [String: String] = ["question": question, "business_id": business]
            body["session_id"] = session
            let request = try ChatRequest.decode(Array(try JSONEncoder().encode(body)))
            let response = try await chat.answer(request, client: nil, requestID: requestID)
            print(String(decoding: try encoder.encode(response), as: UTF8.self))
        } catch let error as APIError {
            print(String(decoding: try encoder.encode(error.body(requestID: requestID)), as: UTF8.self))
            throw ExitCode(1)
        }
    }
}
