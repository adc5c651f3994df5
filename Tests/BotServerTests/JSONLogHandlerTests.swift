import Logging
import Synchronization
import Testing
@testable import BotServer

@Suite struct JSONLogHandlerTests {
    private struct Word: CustomStringConvertible, Sendable { var description: String { "say \"hi\"" } }

    @Test func numbersAndFlagsAreWrittenBareAndEverythingElseQuoted() throws {
        let lines = Mutex<[String]>([])
        var logger = Logger(label: "t") { label in JSONLogHandler(label: label) { line in lines.withLock { $0.append(line) } } }
        logger.logLevel = .info
        logger.info("request", metadata: [
            "status": .stringConvertible(200), "small": .stringConvertible(Int8(-3)), "ms": .stringConvertible(0.807),
            "inf": .stringConvertible(Double.infinity), "ok": .stringConvertible(true), "word": .stringConvertible(Word()),
            "path": .string("/web_bot"),
        ])
        let line = try #require(lines.withLock { $0.first })
        #expect(line.hasSuffix(#","inf":"inf","ms":0.807,"ok":true,"path":"/web_bot","small":-3,"status":200,"word":"say \"hi\""}"# + "\n"))
    }
}
