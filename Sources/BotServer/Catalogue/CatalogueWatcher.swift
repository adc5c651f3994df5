import Commerce
import Foundation
import Logging
import Synchronization

/// Polls the data directory's files and reloads a shop when its configuration or catalogue changes
/// (or a new shop appears). The registry swaps shops atomically, so requests never wait on a reload.
final class CatalogueWatcher: Sendable {
    private struct FileStamp: Equatable { var modified: Date?; var size: Int? }
    private struct ShopStamp: Equatable { var config: FileStamp; var catalogue: FileStamp }

    let shops: ShopRegistry
    let metrics: BotMetrics
    let logger: Logger
    private let stamps = Mutex<[String: ShopStamp]>([:])

    init(shops: ShopRegistry, metrics: BotMetrics, logger: Logger) {
        self.shops = shops; self.metrics = metrics; self.logger = logger
        stamps.withLock { $0 = Self.scan(shops.dataDirectory) }
    }

    /// Reloads the shops whose files changed since the last check; returns their ids.
    @discardableResult
    func checkOnce() -> [String] {
        let now = Self.scan(shops.dataDirectory)
        let changed: [String] = stamps.withLock { old in
            defer { old = now }
            return now.filter { id, stamp in old[id] != stamp }.map(\.key).sorted()
        }
        for id in changed {
            let problem = shops.reload(businessID: id)
            metrics.catalogueReload(business: id, ok: problem == nil)
            if let problem {
                logger.error("catalogue reload failed; previous version keeps serving",
                             metadata: ["business_id": "\(id)", "file": "\(problem.file)", "field": "\(problem.field)", "problem": "\(problem.problem)"])
            } else {
                logger.info("catalogue reloaded", metadata: ["business_id": "\(id)", "products": "\(shops.shop(id)?.catalogue.products.count ?? 0)"])
            }
        }
        return changed
    }

    /// Checks every `interval` seconds until the task is cancelled.
    func run(every interval: Double) async {
        guard interval > 0 else { return }
        while !Task.isCancelled {
            do { try await Task.sleep(for: .milliseconds(Int(interval * 1000))) } catch { return }
            _ = try? await offEventLoop { self.checkOnce() }
        }
    }

    private static func scan(_ dir: URL) -> [String: ShopStamp] {
        let fm = FileManager.default
        let configs = dir.appendingPathComponent("businesses")
        let files = (try? fm.contentsOfDirectory(atPath: configs.path)) ?? []
        var result: [String: ShopStamp] = [:]
        for file in files where file.hasSuffix(".json") {
            let id = String(file.dropLast(5))
            guard isValidBusinessID(id) else { continue }
            result[id] = ShopStamp(config: stamp(configs.appendingPathComponent(file)),
                                   catalogue: stamp(dir.appendingPathComponent("products/\(id).json")))
        }
        return result
    }

    private static func stamp(_ url: URL) -> FileStamp {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path) else { return FileStamp() }
        return FileStamp(modified: attrs[.modificationDate] as? Date, size: (attrs[.size] as? NSNumber)?.intValue)
    }
}
