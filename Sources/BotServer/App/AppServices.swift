import Commerce
import Foundation
import Logging

/// The dependencies every route and command shares, built once at start.
struct AppServices: Sendable {
    let settings: AppSettings
    let shops: ShopRegistry
    let store: any KeyValueStore
    let llm: any LLMAnswering & LLMAdministration
    let metrics: BotMetrics
    let logger: Logger

    init(settings: AppSettings, shops: ShopRegistry, store: any KeyValueStore,
         llm: any LLMAnswering & LLMAdministration, metrics: BotMetrics = BotMetrics(), logger: Logger) {
        self.settings = settings; self.shops = shops; self.store = store; self.llm = llm
        self.metrics = metrics; self.logger = logger
    }

    /// Loads the shops of the data directory and builds the store and the LLM layer from the settings.
    static func load(settings: AppSettings, logger: Logger) -> AppServices {
        let shops = ShopRegistry(dataDirectory: settings.dataDirectory)
        for problem in shops.loadAll() {
            logger.error("shop not loaded", metadata: ["file": "\(problem.file)", "field": "\(problem.field)", "problem": "\(problem.problem)"])
        }
        logger.info("shops loaded", metadata: ["businesses": "\(shops.businessIDs.joined(separator: ","))"])
        let store = makeKeyValueStore(redisURL: settings.redisURL, logger: logger)
        let llm = makeLLM(environment: settings.environment, store: store, logger: logger)
        return AppServices(settings: settings, shops: shops, store: store, llm: llm, logger: logger)
    }

    /// The shop serving `businessID`, or the contract's error: 404 unknown, 503 when its files are broken.
    func shop(_ businessID: String) throws(APIError) -> Shop {
        if let shop = shops.shop(businessID) { return shop }
        if let problem = shops.errors[businessID] { throw .businessUnavailable(businessID, problem.description) }
        throw .unknownBusiness(businessID)
    }
}
