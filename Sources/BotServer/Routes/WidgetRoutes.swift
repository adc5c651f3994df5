import Commerce
import Hummingbird

/// Serves `/widget.js` and the demo shop pages `/demo/{business_id}`.
func addWidgetRoutes(to router: Router<BotRequestContext>, shops: ShopRegistry) {
}
