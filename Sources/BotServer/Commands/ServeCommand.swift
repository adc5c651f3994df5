import ArgumentParser
import Foundation
import Hummingbird
import Logging

/// `BotServer serve`: runs the HTTP server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the HTTP server.")
    @Option var host = "127.0.0.1"
    @Option var port = 8080
    @Option(name: .customLong("data-dir")) var dataDir = "."

    func run() async throws {
        let logOutput = LogOutput()
        defer { logOutput.flush() }
        let logger = LogSetup.bootstrap(label: "BotServer", output: logOutput)
        var settings = AppSettings.fromEnvironment()
        settings.host = host
        settings.port = port
        settings.dataDirectory = URL(fileURLWithPath: dataDir)
        let services = AppServices.load(settings: settings, logger: logger)
        if settings.adminToken == nil { logger.notice("ADMIN_TOKEN is not set: admin routes are disabled") }
        let app = buildApplication(services: services)
        let watcher = CatalogueWatcher(shops: services.shops, metrics: services.metrics, logger: logger)
        // SIGTERM/SIGINT end runService gracefully (in-flight requests finish); the watcher stops with it.
        let watching = Task { await watcher.run(every: settings.cataloguePollSeconds) }
        defer { watching.cancel() }
        try await app.runService()
    }
}

/// Process-wide logging: JSON lines on stderr at `LOG_LEVEL` (default info), written in batches.
enum LogSetup {
    static func bootstrap(label: String, output: LogOutput) -> Logger {
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        LoggingSystem.bootstrap { label in
            var handler = JSONLogHandler(label: label) { line, lineLevel in
                output.write(line, urgent: lineLevel >= .warning)
            }
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: label)
        logger.logLevel = level
        return logger
    }
}
