import ArchitectureAnalysis
import ArchitectureModel
import Testing

@testable import ArchitectureDiagrams

@Suite struct SequenceBuilderTests {
    static func sequence(_ model: SystemModel, _ workflow: String) throws -> SequenceDiagram {
        let subject = try DiagramSubject(ModelGraph(model), options: .init())
        return try #require(try SequenceBuilder(subject: subject).diagrams(workflow: workflow).first)
    }

    /// shop.yaml's checkout steps, in orders' declared call order, each call answered.
    @Test func checkoutFollowsTheStepsInCallOrder() throws {
        let diagram = try Self.sequence(try DiagramFixture.example(), "checkout")
        let calls = diagram.messages.filter { $0.arrow == .call && $0.to.hasPrefix("svc_") }.map {
            "\($0.from)>\($0.to)"
        }
        #expect(
            calls == [
                "client>svc_gateway", "svc_gateway>svc_orders", "svc_orders>svc_cart", "svc_orders>svc_inventory",
                "svc_orders>svc_payments", "svc_payments>svc_psp", "svc_orders>svc_shipping",
            ]
        )
        let replies = diagram.messages.filter { $0.arrow == .reply && $0.from.hasPrefix("svc_") }
        #expect(replies.count == calls.count)
        // gateway -> cart is a declared call, but not a step of checkout.
        #expect(!diagram.messages.contains { $0.from == "svc_gateway" && $0.to == "svc_cart" })
    }

    @Test func callsCarryTimeoutsAndRetries() throws {
        let diagram = try Self.sequence(try DiagramFixture.example(), "checkout")
        let inventory = try #require(diagram.messages.first { $0.from == "svc_orders" && $0.to == "svc_inventory" })
        #expect(inventory.text == "gRPC, timeout 300ms, 2 retries exponential, breaker")
        let orders = try #require(diagram.messages.first { $0.to == "svc_orders" })
        #expect(orders.text == "gRPC, timeout 2.5s, breaker")
        let browse = try Self.sequence(try DiagramFixture.example(), "browse")
        let catalog = try #require(browse.messages.first { $0.to == "svc_catalog" })
        #expect(catalog.text == "gRPC, x2, timeout 120ms, 2 retries exponential, breaker")
    }

    @Test func publicationsAreAsyncAndReachSubscribers() throws {
        let diagram = try Self.sequence(try DiagramFixture.example(), "checkout")
        let async = diagram.messages.filter { $0.arrow == .async }.map { "\($0.from)>\($0.to): \($0.text)" }
        #expect(
            async == [
                "svc_shipping>topic_shipment_created: publish (through the outbox)",
                "topic_shipment_created>svc_notifications: deliver",
                "svc_orders>topic_order_placed: publish (through the outbox)",
                "topic_order_placed>svc_notifications: deliver",
            ]
        )
    }

    /// The hostile fixture's entry makes two calls in the parallel group `p;1`, then a third one alone.
    @Test func parallelCallsFormOneBlock() throws {
        let diagram = try Self.sequence(try DiagramFixture.hostile(), "flow")
        let blocks = diagram.items.compactMap { item -> [[SequenceDiagram.Item]]? in
            if case .parallel(_, let branches) = item { return branches }
            return nil
        }
        #expect(blocks.count == 1)
        let firstCalls = try #require(blocks.first).map { branch -> String? in
            guard case .message(let message) = branch.first else { return nil }
            return message.to
        }
        #expect(firstCalls == ["svc_graph", "svc_subgraph"])
        #expect(diagram.messages.contains { $0.to == "svc_ext" && $0.text == "GraphQL, timeout 1s, fallback cached" })
    }

    @Test func focusKeepsTheWorkflowsOfItsService() throws {
        let model = try DiagramFixture.example()
        let subject = try DiagramSubject(ModelGraph(model), options: .init(focus: "psp", depth: 0))
        #expect(try SequenceBuilder(subject: subject).diagrams(workflow: nil).map(\.name) == ["checkout"])
    }

    @Test func aFocusNoWorkflowReachesIsAnError() throws {
        let model = try DiagramFixture.example()
        // notifications and mailer only react to events: no workflow's calls reach them.
        let subject = try DiagramSubject(ModelGraph(model), options: .init(focus: "mailer", depth: 0))
        #expect(throws: DiagramError.noWorkflowInFocus) {
            try SequenceBuilder(subject: subject).diagrams(workflow: nil)
        }
    }

    /// 24 layers of two services, each calling both of the next layer: 2^24 call paths. The
    /// diagram stops expanding at its message budget and says so, instead of enumerating them.
    @Test(.timeLimit(.minutes(1)))
    func aDenseCallGraphIsCutAtTheMessageBudget() throws {
        let layers = 24
        var services = ""
        for layer in 0..<layers {
            for side in ["a", "b"] {
                let calls =
                    layer + 1 < layers
                    ? "\n    calls:\n      - {to: l\(layer + 1)a, timeout: 1s}\n      - {to: l\(layer + 1)b, timeout: 1s}"
                    : ""
                services += "  l\(layer)\(side):\(calls.isEmpty ? " {}" : calls)\n"
            }
        }
        let model = try DiagramFixture.model(
            "architect: 1\nsystem: {name: dense}\nservices:\n\(services)workflows:\n  go: {entry: l0a}\n"
        )
        let diagram = try Self.sequence(model, "go")
        // Each expansion draws a call and its reply; the calls of the services expanded last are
        // drawn unexpanded, two per service at most.
        #expect(diagram.messages.count <= SequenceBuilder.maximumMessages + 2 * layers + 2)
        #expect(diagram.messages.count >= SequenceBuilder.maximumMessages)
        guard case .note(_, let text)? = diagram.items.last else {
            Issue.record("no note says the diagram was cut")
            return
        }
        #expect(text.hasPrefix("cut at \(SequenceBuilder.maximumMessages) messages"))
    }
}
