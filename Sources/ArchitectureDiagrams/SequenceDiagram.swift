/// One workflow as a sequence of messages, independent of the diagram language.
struct SequenceDiagram: Sendable, Equatable {
    enum ParticipantKind: Sendable, Equatable {
        case client, service, external, database, queue
    }

    struct Participant: Sendable, Equatable {
        var id: String
        var label: String
        var kind: ParticipantKind
    }

    enum Arrow: Sendable, Equatable {
        /// A synchronous request.
        case call
        /// The answer to a request.
        case reply
        /// A message handed to a broker, or delivered by it, without waiting.
        case async
    }

    struct Message: Sendable, Equatable {
        var from: String
        var to: String
        var text: String
        var arrow: Arrow
    }

    indirect enum Item: Sendable, Equatable {
        case message(Message)
        /// Branches that run concurrently (calls sharing a `parallel` label).
        case parallel(label: String, branches: [[Item]])
        /// A remark over one participant.
        case note(over: String, text: String)
    }

    var name: String
    var title: String
    /// The service that receives the workflow's request.
    var entry: String
    var participants: [Participant]
    var items: [Item]

    /// Every message, parallel branches included, in order.
    var messages: [Message] {
        func flatten(_ items: [Item]) -> [Message] {
            items.flatMap { item -> [Message] in
                switch item {
                case .message(let message): [message]
                case .parallel(_, let branches): branches.flatMap(flatten)
                case .note: []
                }
            }
        }
        return flatten(items)
    }
}
