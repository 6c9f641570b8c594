import ArchitectureModel

/// Who publishes and who handles which topic, as integers: the tables every spread of load reads.
/// Topics are numbered in file order; a topic a service names but the model does not declare gets
/// the next number.
struct MessageTopology: Sendable {
    let table: ComponentTable
    /// Component indices of the datastores each service uses.
    let uses: [[Int]]
    /// Topic numbers each service publishes per request, and per message of each subscription.
    let publishes: [[Int]]
    let subscriptionPublishes: [[[Int]]]
    /// Subscribers of each topic: (service index, position of the subscription in its list).
    let subscribers: [[(service: Int, subscription: Int)]]
    let topicNames: [String]
    /// The broker component of each topic, if it names one that exists.
    let brokerOfTopic: [Int?]
    /// Brokers of the topics each service lists in `publishes`, for hard dependencies.
    let publishedBrokers: [[Int]]

    init(_ model: SystemModel, table: ComponentTable) {
        self.table = table
        var topicNumber: [String: Int] = [:]
        var topicNames: [String] = []
        func number(_ topic: String) -> Int {
            if let known = topicNumber[topic] { return known }
            topicNumber[topic] = topicNames.count
            topicNames.append(topic)
            return topicNames.count - 1
        }
        for topic in model.topics { _ = number(topic.name) }
        uses = model.services.map { service in service.uses.compactMap { table.index(of: $0) } }
        publishes = model.services.map { $0.publishes.map(number) }
        subscriptionPublishes = model.services.map { $0.subscribes.map { $0.publishes.map(number) } }
        var subscribers: [[(service: Int, subscription: Int)]] = []
        for (index, service) in model.services.enumerated() {
            for (position, subscription) in service.subscribes.enumerated() {
                let topic = number(subscription.topic)
                while subscribers.count <= topic { subscribers.append([]) }
                subscribers[topic].append((index, position))
            }
        }
        while subscribers.count < topicNames.count { subscribers.append([]) }
        self.subscribers = subscribers
        self.topicNames = topicNames
        var brokerOfTopic = [Int?](repeating: nil, count: topicNames.count)
        for topic in model.topics { brokerOfTopic[number(topic.name)] = table.index(of: topic.broker) }
        self.brokerOfTopic = brokerOfTopic
        publishedBrokers = model.services.indices.map { service in
            model.services[service].publishes.compactMap { topicNumber[$0].flatMap { brokerOfTopic[$0] } }
        }
    }

    var topicCount: Int { topicNames.count }

    /// `rate` messages per second published to `topic`: its broker's load and the topic's rate.
    func publish(_ topic: Int, rate: Double, load: inout [Double], rates: inout [Double]) {
        if let broker = brokerOfTopic[topic] { load[broker] += rate }
        rates[topic] += rate
    }
}
