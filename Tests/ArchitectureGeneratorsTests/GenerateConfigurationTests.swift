import ArchitectureGenerators
import ArchitectureModel
import Testing

@Suite struct GenerateConfigurationTests {
    @Test func defaultsArePlaceholdersUntilSet() {
        var configuration = GenerateConfiguration()
        #expect(configuration.isDefault(\.imageTemplate))
        #expect(configuration.portPlaceholder != nil)
        configuration.port = 9000
        #expect(configuration.portPlaceholder == nil)
        configuration.imageTemplate = "ghcr.io/acme/{service}:2"
        #expect(configuration.image(of: "orders") == "ghcr.io/acme/orders:2")
        #expect(!configuration.isDefault(\.imageTemplate))
    }

    @Test func namespaceZonesAndAlertTable() throws {
        var configuration = GenerateConfiguration()
        let model = try GeneratedFixture.example()
        #expect(configuration.namespace(of: model) == "shop")
        configuration.zoneNames = ["a": "eu-west-1a"]
        #expect(configuration.zoneName("a") == "eu-west-1a" && configuration.zoneName("b") == "b")
        #expect(configuration.alerts.count == 4)
        let row = BurnRateAlert(
            severity: "page",
            longWindow: TimeSpan(seconds: 3600),
            shortWindow: TimeSpan(seconds: 300),
            factor: 10
        )
        configuration.burnRateAlerts = [row]
        #expect(configuration.alerts == [row])
    }
}
