import ArchitectureAnalysis
import ArchitectureModel
import Testing

@testable import ArchitectureDiagrams

@Suite struct GraphBuilderTests {
    static func graph(
        _ view: DiagramView,
        _ model: SystemModel,
        _ options: DiagramOptions = .init()
    ) throws
        -> DiagramGraph
    {
        GraphBuilder(subject: try DiagramSubject(ModelGraph(model), options: options)).graph(for: view)
    }

    @Test func containersAreGroupedByContextAndLabelled() throws {
        let graph = try Self.graph(.container, try DiagramFixture.example())
        let orders = try #require(graph.nodes.first { $0.id == "svc_orders" })
        let ordersDB = try #require(graph.nodes.first { $0.id == "db_orders_db" })
        let context = try #require(graph.groups.first { $0.label == "ordering context" })
        // shop.yaml: orders is the only service with a context; its database follows its owner.
        #expect(orders.group == context.id && ordersDB.group == context.id)
        #expect(graph.nodes.first { $0.id == "svc_catalog" }?.group == GraphBuilder.systemID)
        #expect(graph.nodes.first { $0.id == "svc_web" }?.label == "Storefront (SSR)")
        #expect(graph.nodes.first { $0.id == "svc_psp" }?.kind == .externalSystem)
        #expect(graph.nodes.first { $0.id == "svc_psp" }?.group == nil)
        let payments = try #require(graph.edges.first { $0.from == "svc_payments" && $0.to == "svc_psp" })
        #expect(graph.edgeText(payments) == "calls [HTTP]")
        let cart = try #require(graph.edges.first { $0.from == "svc_web" && $0.to == "svc_cart" })
        #expect(graph.edgeText(cart) == "calls, with fallback [gRPC]")
        let delivery = try #require(graph.edges.first { $0.from == "broker_events" })
        #expect(delivery.to == "svc_notifications" && delivery.style == .async)
        #expect(delivery.label == "delivers order-placed, shipment-created")
    }

    @Test func contextShowsClientsTheSystemAndExternalSystems() throws {
        let graph = try Self.graph(.context, try DiagramFixture.example())
        #expect(graph.nodes.map(\.id) == ["user_web", "user_gateway", "system", "svc_psp", "svc_mailer"])
        let gatewayUsers = try #require(graph.edges.first { $0.from == "user_gateway" })
        #expect(gatewayUsers.label == "add-to-cart, checkout")
        #expect(graph.edges.filter { $0.from == "system" }.map(\.to) == ["svc_psp", "svc_mailer"])
    }

    /// Replica i sits in zones[i % count]: catalog's 4 over a, b, c give 2, 1, 1; notifications' 2 give 1, 1, 0.
    @Test func deploymentCountsReplicasPerZone() throws {
        let graph = try Self.graph(.deployment, try DiagramFixture.example())
        func replicas(_ element: String, _ zone: String) -> Int? {
            graph.nodes.first { $0.group == "zone_\(zone)" && $0.instance?.element == element }?.instance?.replicas
        }
        #expect(
            [replicas("svc_catalog", "a"), replicas("svc_catalog", "b"), replicas("svc_catalog", "c")] == [2, 1, 1]
        )
        #expect(replicas("svc_notifications", "a") == 1 && replicas("svc_notifications", "b") == 1)
        #expect(replicas("svc_notifications", "c") == nil)
        #expect(replicas("db_orders_db", "c") == 1 && replicas("db_catalog_db", "c") == nil)
        #expect(
            graph.nodes.first { $0.group == "zone_a" && $0.instance?.element == "svc_catalog" }?.technology
                == "service, 2 replicas"
        )
    }

    @Test func dataflowGoesThroughTopics() throws {
        let graph = try Self.graph(.dataflow, try DiagramFixture.example())
        let edges = graph.edges.map { "\($0.from) -> \($0.to): \($0.label)" }
        #expect(
            edges == [
                "svc_orders -> topic_order_placed: publishes through its outbox",
                "svc_shipping -> topic_shipment_created: publishes through its outbox",
                "topic_order_placed -> svc_notifications: consumed by",
                "topic_shipment_created -> svc_notifications: consumed by",
            ]
        )
        #expect(graph.nodes.filter { $0.kind == .queue }.allSatisfy { $0.group == "broker_events" })
    }

    @Test func contextMapJoinsServicesOfOneContext() throws {
        let graph = try Self.graph(.contextMap, try DiagramFixture.example())
        let ordering = try #require(graph.nodes.first { $0.label == "ordering" })
        #expect(ordering.technology == "orders")
        let gateway = try #require(graph.nodes.first { $0.label == "API gateway" })
        let edge = try #require(graph.edges.first { $0.from == gateway.id && $0.to == ordering.id })
        #expect(graph.edgeText(edge) == "calls [gRPC]")
        let events = graph.edges.filter { $0.style == .async }.map(\.label)
        #expect(events.contains("events: order-placed"))
    }

    /// shop.yaml by hand: payments is called by orders and calls psp; orders is called by gateway, calls
    /// cart, inventory and shipping, and its order-placed events reach notifications.
    @Test(arguments: [
        (0, ["payments"]),
        (1, ["orders", "payments", "psp"]),
        (2, ["cart", "gateway", "inventory", "notifications", "orders", "payments", "psp", "shipping"]),
    ])
    func focusKeepsTheNeighbourhood(depth: Int, expected: [String]) throws {
        let model = try DiagramFixture.example()
        let subject = try DiagramSubject(ModelGraph(model), options: .init(focus: "payments", depth: depth))
        #expect(subject.kept.map { $0.sorted() } == expected)
        let graph = try Self.graph(.container, model, .init(focus: "payments", depth: depth))
        let services = graph.nodes.filter { $0.id.hasPrefix("svc_") }.map(\.id).sorted()
        #expect(services == expected.map { "svc_\($0)" })
        // Edges only join shown nodes.
        let shown = Set(graph.nodes.map(\.id))
        #expect(graph.edges.allSatisfy { shown.contains($0.from) && shown.contains($0.to) })
    }

    @Test func emptyViewsSayWhy() throws {
        let model = SystemModel(
            system: SystemInfo(name: "tiny"),
            services: [Service(name: "a", placement: Placement(zones: ["default"]))]
        )
        let graph = try Self.graph(.dataflow, model)
        #expect(graph.nodes.map(\.label) == ["Nothing to show: no topic is published or consumed here"])
        #expect(throws: DiagramError.negativeDepth(-1)) {
            try DiagramSubject(ModelGraph(model), options: .init(focus: "a", depth: -1))
        }
    }
}
