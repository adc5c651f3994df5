import Commerce
import Hummingbird
import Logging

/// The router with every route and middleware of the server.
func buildRouter(services: AppServices) -> Router<BotRequestContext> {
    let router = Router(context: BotRequestContext.self)
    let knownRoutes = KnownRoutes()
    let cors = CORSPolicy(shops: services.shops)
    router.add(middleware: EdgeMiddleware(
        recorder: RequestRecorder(metrics: services.metrics, logger: services.logger),
        preflight: CORSPreflight(policy: cors),
        errors: ErrorMapping(routes: knownRoutes, logger: services.logger)))

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
