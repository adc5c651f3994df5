import Commerce
import Hummingbird
import Logging

/// The router with every route and middleware of the server.
func buildRouter(services: AppServices) -> Router<BotRequestContext> {
    let router = Router(context: BotRequestContext.self)
    let knownRoutes = KnownRoutes()
    let cors = CORSPolicy(shops: services.shops)
    // Outermost first: ids, then logs/metrics that see the final status, then headers, CORS
    // preflights, and the error mapping closest to the routes.
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: ObservabilityMiddleware(metrics: services.metrics, logger: services.logger))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: CORSMiddleware(policy: cors))
    router.add(middleware: ErrorMiddleware(routes: knownRoutes, logger: services.logger))
    router.add(middleware: BodyLimitMiddleware(limit: BodyLimit.bytes))

    BotRoutes(chat: ChatService(services: services), cors: cors).register(on: router)
    HealthRoutes(services: services).register(on: router)
    MetricsRoutes(metrics: services.metrics).register(on: router)
    DocsRoutes().register(on: router)
    AdminRoutes(services: services).register(on: router)
    addWidgetRoutes(to: router, shops: services.shops)
    if services.settings.benchEcho { BenchRoutes().register(on: router) }

    knownRoutes.set(router.routes.map { (method: $0.method.rawValue, path: $0.path.description) })
    return router
}

/// The HTTP application on `settings.host:port`.
func buildApplication(services: AppServices) -> some ApplicationProtocol {
    Application(
        router: buildRouter(services: services),
        configuration: .init(address: .hostname(services.settings.host, port: services.settings.port), serverName: "BotServer"),
        logger: services.logger
    )
}
