import Foundation
import Testing
@testable import BotServer

/// Batched log output: whole lines in order, warnings at once, the rest within the interval.
@Suite struct LogOutputTests {
    /// A pipe whose read end is drained without blocking.
    final class Pipe: @unchecked Sendable {
        let fds: [Int32]
        init() throws {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw CocoaError(.fileWriteUnknown) }
            _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
            self.fds = fds
        }
        var writeEnd: Int32 { fds[1] }
        func available() -> String {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &chunk, chunk.count)
                if n <= 0 { break }
                bytes += chunk[0..<n]
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        deinit { close(fds[0]); close(fds[1]) }
    }

    @Test func linesWaitForTheBatchAndKeepTheirOrder() throws {
        let pipe = try Pipe()
        let output = LogOutput(fd: pipe.writeEnd, interval: .seconds(60))
        for i in 0..<100 { output.write(Array("line \(i)\n".utf8), urgent: false) }
        #expect(pipe.available() == "")
        output.flush()
        #expect(pipe.available() == (0..<100).map { "line \($0)\n" }.joined())
    }

    @Test func anUrgentLineWritesEverythingBeforeIt() throws {
        let pipe = try Pipe()
        let output = LogOutput(fd: pipe.writeEnd, interval: .seconds(60))
        output.write(Array("info\n".utf8), urgent: false)
        output.write(Array("error\n".utf8), urgent: true)
        #expect(pipe.available() == "info\nerror\n")
    }

    @Test func theBackgroundThreadWritesWithinTheInterval() async throws {
        let pipe = try Pipe()
        let output = LogOutput(fd: pipe.writeEnd, interval: .milliseconds(20))
        output.write(Array("later\n".utf8), urgent: false)
        var seen = ""
        for _ in 0..<100 where seen.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
            seen = pipe.available()
        }
        #expect(seen == "later\n")
    }

    @Test func aFullBatchIsWrittenWithoutWaiting() throws {
        let pipe = try Pipe()
        let output = LogOutput(fd: pipe.writeEnd, interval: .seconds(60), batchBytes: 100)
        for _ in 0..<20 { output.write(Array("0123456789\n".utf8), urgent: false) }
        #expect(pipe.available().utf8.count >= 100)
    }
}

/// Log and error timestamps: UTC, ISO 8601 with milliseconds, as Foundation writes them.
@Suite struct TimestampTests {
    @Test func matchesFoundationsISO8601() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for t in [0.0, 1_800_000_000.5, 1_795_000_000.999, 951_782_400.007, 4_102_444_799.25] {
            let date = Date(timeIntervalSince1970: t)
            #expect(Timestamp.iso8601(date) == formatter.string(from: date), "\(t)")
        }
    }
}
