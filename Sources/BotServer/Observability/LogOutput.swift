import Foundation
import Synchronization

/// Log lines gathered in memory and written to a file descriptor in batches: one `write(2)` per line
/// cost the server a system call per request. A background thread writes what waited longer than
/// `interval`; a warning or worse, a full batch, and `flush()` at shutdown write at once. Lines are
/// appended whole under one lock, so they never interleave and keep their order.
final class LogOutput: Sendable {
    private let pending = Mutex<[UInt8]>([])
    private let fd: Int32
    private let batchBytes: Int

    init(fd: Int32 = 2, interval: Duration = .milliseconds(100), batchBytes: Int = 64 * 1024) {
        self.fd = fd
        self.batchBytes = batchBytes
        let micros = UInt32(interval.components.seconds * 1_000_000 + interval.components.attoseconds / 1_000_000_000_000)
        // The thread holds the output only weakly: once the server lets go of it, the thread ends.
        Thread.detachNewThread { [weak self] in
            func flushIfAlive() -> Bool {
                guard let output = self else { return false }
                output.flush()
                return true
            }
            repeat { usleep(micros) } while flushIfAlive()
        }
    }

    /// Queues one line; `urgent` writes it (and everything before it) now.
    func write(_ line: [UInt8], urgent: Bool) {
        pending.withLock { buffer in
            buffer.append(contentsOf: line)
            if urgent || buffer.count >= batchBytes { drain(&buffer) }
        }
    }

    /// Writes everything queued.
    func flush() {
        pending.withLock { drain(&$0) }
    }

    private func drain(_ buffer: inout [UInt8]) {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n } else if n < 0, errno == EINTR { continue } else { break }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
